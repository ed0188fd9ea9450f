import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';
import { pureModuleLevel } from './build/pureModuleLevel.mjs';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  treeshake: true,
  // Module-level calls marked pure, so that a program's bundler leaves out the schemas it never reads.
  esbuildPlugins: [pureModuleLevel(fileURLToPath(new URL('./src/', import.meta.url)))],
});
