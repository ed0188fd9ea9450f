import { defineConfig } from 'tsup';

// The command and its worker bundled with the packages they run on: `kaohe` then loads a few files
// instead of zod's 95 modules, the core, the presets and the adapters one by one — the start-up
// every run pays, and every worker of `--jobs`. Only the command is bundled: `@kaohe/cli`'s library
// entry (tsup.config.ts) imports the packages, so that a program shares one core and one zod with it.
// What loads on demand and is large or native stays a package of its own.
export default defineConfig({
  entry: ['src/bin.ts', 'src/parallelWorker.ts'],
  // `bin` and the worker's path name the ESM files; a CommonJS copy would go unused.
  format: ['esm'],
  clean: false,
  // Maps without the sources' text: stack traces keep the packages' own lines at a fifth of the size.
  sourcemap: true,
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  target: 'node20',
  shims: true,
  noExternal: [/^@kaohe\//, 'zod', 'decimal.js', 'date-fns', '@date-fns/tz', 'papaparse'],
  external: ['exceljs', 'unzipper', '@duckdb/node-api', 'json-rules-engine'],
});
