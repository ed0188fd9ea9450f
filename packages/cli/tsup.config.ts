import { defineConfig } from 'tsup';

export default defineConfig({
  // The worker is a file of its own: a thread is started from a path, not a function.
  entry: ['src/index.ts', 'src/bin.ts', 'src/parallelWorker.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
  // import.meta.url in the CommonJS build too, where appraiseParallel finds its worker file.
  shims: true,
});
