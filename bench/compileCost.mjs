// The cost of compiling each preset of the catalogue once, reported apart from evaluation.
import { compileScheme } from '@kaohe/core';
import { presets, presetSchemes } from '@kaohe/presets';
import { median } from './timing.mjs';

export function measureCompilation({ repeats = 25 } = {}) {
  const rows = presets.map((entry) => ({ id: entry.id, kind: entry.scheme?.kind ?? '?', samples: [], error: null }));
  const compileOne = (entry, row) => {
    try {
      compileScheme(entry.scheme, { schemes: presetSchemes });
    } catch (error) {
      row.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
    }
  };
  presets.forEach((entry, i) => compileOne(entry, rows[i])); // warm-up
  for (let r = 0; r < repeats; r += 1) {
    presets.forEach((entry, i) => {
      const row = rows[i];
      if (row.error !== null) return;
      const started = performance.now();
      compileOne(entry, row);
      row.samples.push((performance.now() - started) * 1000);
    });
  }
  return rows.map((row) => ({ id: row.id, kind: row.kind, error: row.error, usPerCompile: row.error === null ? median(row.samples) : null }));
}
