// Writes a subject-per-row CSV for tech-support-center/presales-engineer, for measuring `kaohe appraise`
// end to end: `node bench/subject-csv.mjs ROWS FILE`. One row in 997 has a bad cell and one in 1,009 is
// blank, as in packages/cli/src/largeInput.test.ts.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const [rowsText = '100000', file = 'subjects.csv'] = process.argv.slice(2);
const rows = Number(rowsText);
if (!Number.isSafeInteger(rows) || rows < 1) throw new Error(`usage: node bench/subject-csv.mjs ROWS FILE (not ${rowsText})`);
const out = createWriteStream(file);
let text = '工号,立项项目数,中标项目数,销售目标完成率,P3,P4 项目经理,P4 销售,P5\n';
for (let i = 0; i < rows; i++) {
  if (i % 1009 === 500) text += ',,,,,,,\n';
  else if (i % 997 === 7) text += `E${i},many,${i % 6},95%,8,9,8,9\n`;
  else text += `E${i},${10 + (i % 5)},${i % 6},${90 + (i % 10)}%,${5 + (i % 5)},${6 + (i % 4)},${7 + (i % 3)},${8 + (i % 2)}\n`;
  if (text.length > 1 << 16) {
    if (!out.write(text)) await once(out, 'drain');
    text = '';
  }
}
out.end(text);
await once(out, 'close');
