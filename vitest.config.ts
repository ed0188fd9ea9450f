import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string): string => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the sources, so that no build has to come first; the built packages are
    // checked separately by publint, attw and the examples.
    alias: {
      '@kaohe/core': src('core'),
      '@kaohe/presets': src('presets'),
      '@kaohe/adapters': src('adapters'),
      '@kaohe/report': src('report'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/**/*.test.ts', 'bench/**/*.test.ts', 'fuzz/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
