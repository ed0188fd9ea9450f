import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppraisalInput } from './appraisalInput.js';
import { csvSheets } from './csvSheets.js';
import { defaultMapping } from './defaultMappings.js';
import { InputAssembler } from './InputAssembler.js';
import { readAllInputs } from './readInputs.js';
import type { ReadReport } from './readReport.js';

const PRESALES = 'tech-support-center/presales-engineer';

/** Headers of the presales sheet, with a name, a period and an unmapped column that a file may have. */
const HEADERS = ['工号', '姓名', '考核期间', '立项项目数', '中标项目数', '销售目标完成率', 'P3', 'P4 项目经理', 'P4 销售', 'P5', '备注'];
const REQUIRED = new Set(['工号', '立项项目数', '中标项目数', '销售目标完成率', 'P3', 'P5']);

const subjects = fc.oneof(
  { weight: 4, arbitrary: fc.nat({ max: 30 }).map((n) => `E${n}`) },
  { weight: 1, arbitrary: fc.constantFrom(' E4', "'E5", '', 'E12345678901234567', '张三丰', 'E1 ') },
);
/** Mostly cells every value column takes (so that whole rows are read in place), else any cell. */
const numbers = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('0', '7', '9', '10', '8.5', '95%', '9%') },
  { weight: 1, arbitrary: fc.constantFrom('12', '012', '999', '1000', '-1', '1.5', '11', '0%', '100.5%', '05%', 'abc', '', ' 9', '９', '"8"', '1e2') },
);
const periods = fc.constantFrom('2026-Q3', '2026-Q4', '', 'bad', '2026Q3');
const names = fc.constantFrom('张三', '', ' 李四 ', '=x', 'Li');

/** A row: a cell for each header (by the header's kind), sometimes one cell more or fewer. */
const rows = (headers: readonly string[]): fc.Arbitrary<string> =>
  fc
    .tuple(fc.tuple(...headers.map((h) => (h === '工号' ? subjects : h === '姓名' ? names : h === '考核期间' ? periods : h === '备注' ? fc.constantFrom('', 'x') : numbers))), fc.constantFrom(0, 0, 0, 0, 1, -1))
    .map(([cells, extra]) => (extra > 0 ? [...cells, 'more'] : extra < 0 ? cells.slice(0, -1) : cells).join(','));

/** A file: a title line or none, a header of some of the columns in some order, then rows (and blank lines). */
const files = fc
  .tuple(fc.shuffledSubarray(HEADERS, { minLength: 6 }).filter((h) => [...REQUIRED].every((r) => h.includes(r))), fc.boolean(), fc.constantFrom('\n', '\r\n'))
  .chain(([headers, title, newline]) =>
    fc.array(fc.oneof({ weight: 9, arbitrary: rows(headers) }, { weight: 1, arbitrary: fc.constantFrom('', ',,,,') }), { maxLength: 40 }).map((body) => {
      const lines = [...(title ? ['售前考核表'] : []), headers.join(','), ...body];
      return `${lines.join(newline)}${newline}`;
    }),
  );

/** The bytes cut into chunks at the given points (a chunk may end inside a line or a character). */
function chunks(bytes: Uint8Array, cuts: readonly number[]): () => AsyncIterable<Uint8Array> {
  const points = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((x, y) => x - y);
  const parts = [0, ...points].map((from, i) => bytes.subarray(from, points[i] ?? bytes.length)).filter((c) => c.length > 0);
  return async function* () {
    yield* parts;
  };
}

/** What the general way (each row's cells through `InputAssembler.addRows`) gives for the same bytes. */
async function throughRows(source: AsyncIterable<Uint8Array>, period: string | undefined): Promise<{ inputs: AppraisalInput[]; report: ReadReport }> {
  const assembler = new InputAssembler(defaultMapping(PRESALES), period === undefined ? {} : { period });
  const inputs: AppraisalInput[] = [];
  for await (const sheet of csvSheets(source)) {
    const state = assembler.beginSheet(sheet.name);
    for await (const batch of sheet.batches) {
      assembler.addRows(state, batch);
      inputs.push(...assembler.takeReady());
    }
    assembler.endSheet(state);
  }
  for (const input of assembler.finish()) inputs.push(input);
  return { inputs, report: assembler.report };
}

/** The outcome of a read, or its error's code. */
async function outcome(read: () => Promise<{ inputs: AppraisalInput[]; report: ReadReport }>): Promise<unknown> {
  try {
    return await read();
  } catch (error) {
    return { error: (error as { code?: string }).code ?? String(error) };
  }
}

describe('PlainLineReader', () => {
  it('reads lines of plain CSV in place into the inputs, rejections and report the general way gives, whatever the cells and chunks', async () => {
    await fc.assert(
      fc.asyncProperty(files, fc.array(fc.nat({ max: 400 }), { maxLength: 5 }), fc.constantFrom(undefined, '2026-Q3'), async (text, cuts, period) => {
        const bytes = new TextEncoder().encode(text);
        const source = chunks(bytes, cuts);
        const options = { mapping: PRESALES, ...(period === undefined ? {} : { period }) };
        const lines = await outcome(() => readAllInputs(source(), options));
        const general = await outcome(() => throughRows(source(), period));
        expect(lines).toEqual(general);
      }),
      { seed: 11, numRuns: 400 },
    );
  });

  it('takes the rows it can and leaves the others to the general way in one file', async () => {
    const text = ['工号,立项项目数,中标项目数,销售目标完成率,P3,P4 项目经理,P4 销售,P5', 'E1,12,3,95%,8,9,7,9', 'E2,12,3,95.5%,8.5,,7,9', 'E1,1,1,1%,1,1,1,1', 'E3,x,3,95%,8,9,7,9', ''].join('\n');
    const { inputs, report } = await readAllInputs(new TextEncoder().encode(text), { mapping: PRESALES, period: '2026-Q3' });
    expect(inputs).toEqual([
      { subject: 'E1', period: '2026-Q3', facts: { projectsApproved: 12, projectsWon: 3, salesTargetAchievement: '0.95' }, ratings: { P3: '8', P4: { projectManager: '9', sales: '7' }, P5: '9' } },
      { subject: 'E2', period: '2026-Q3', facts: { projectsApproved: 12, projectsWon: 3, salesTargetAchievement: '0.955' }, ratings: { P3: '8.5', P4: { sales: '7' }, P5: '9' } },
    ]);
    expect(report.rejected.map((r) => [r.row, r.issues.map((i) => [i.reason.code, i.value])])).toEqual([
      [4, [['duplicateSubject', 'E1']]],
      [5, [['notANumber', 'x']]],
    ]);
  });
});
