// The baseline of the end-to-end bench: the same subject CSV parsed by papaparse (streamed) and each
// row appraised with appraiseSync, in one process, with a mapping written by hand for this file —
// what a program with no reader, no checks and no output would do. With `--write`, each result is
// appraised with its lines built at once (`explain: 'eager'`, as the CLI does) and made into the JSON
// the CLI writes (`JSON.stringify`), counted and dropped: the CLI's work without its reader, checks
// and output stream.
//   node bench/bareCsv.mjs FILE [--write]   → prints { rows, appraised, seconds, peakRssMB, bytes } as JSON
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { appraiseSync, compile } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';

const require = createRequire(new URL('../packages/adapters/package.json', import.meta.url));
const Papa = require('papaparse');
const [file] = process.argv.slice(2);
const write = process.argv.includes('--write');
const eager = { explain: 'eager' };
let bytes = 0;
const compiled = compile(getPreset('tech-support-center/presales-engineer').scheme, { schemes: presetSchemes });
const int = (text) => (/^\d+$/.test(text) ? Number(text) : NaN);
let rows = 0;
let appraised = 0;
let peak = 0;
const started = performance.now();
await new Promise((resolve, reject) => {
  Papa.parse(createReadStream(file), {
    header: false,
    skipEmptyLines: false,
    step({ data }) {
      if (rows++ === 0) return;
      const [subject, approved, won, achievement, p3, pm, sales, p5] = data;
      if (subject === undefined || subject === '') return;
      const percent = /^(\d+(?:\.\d+)?)%$/.exec(achievement ?? '');
      try {
        const result = appraiseSync(compiled, {
          subject,
          period: '2026-Q3',
          facts: { projectsApproved: int(approved), projectsWon: int(won), salesTargetAchievement: percent === null ? achievement : String(Number(percent[1]) / 100) },
          ratings: { P3: int(p3), P4: { projectManager: int(pm), sales: int(sales) }, P5: int(p5) },
        }, write ? eager : undefined);
        if (write) bytes += JSON.stringify(result).length + 1;
        appraised++;
      } catch {
        // A bad row: the CLI rejects it too.
      }
      if ((rows & 4095) === 0) peak = Math.max(peak, process.memoryUsage().rss);
    },
    complete: resolve,
    error: reject,
  });
});
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ rows: rows - 1, appraised, seconds: (performance.now() - started) / 1000, peakRssMB: Math.round(peak / 2 ** 20), bytes }));
