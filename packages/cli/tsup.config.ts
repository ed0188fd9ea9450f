import { defineConfig } from 'tsup';

export default defineConfig({
  // The command and its worker are built by tsup.bin.config.ts, after this build (which cleans dist/).
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
  // import.meta.url in the CommonJS build too, where appraiseParallel finds its worker file.
  shims: true,
});
