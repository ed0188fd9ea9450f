// The golden guard: what kaohe printed and returned when the compiled evaluation work started, kept as
// hashes, so that a change to how results are computed is proved byte-identical. A change to the
// contract made on purpose regenerates the fixture with:
//
//   UPDATE_GOLDEN=1 npx vitest run bench/golden.test.ts
//
// and the fixture's diff is then part of that change.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appraise, appraiseMany, appraiseSync, isKaoheError, parseJsonSafely, type Appraisal } from '@kaohe/core';
import { describe, expect, it } from 'vitest';
import { run } from '../packages/cli/src/testKit';
import * as fixtures from '../packages/presets/src/fixtures';
import { subjects } from './generate.mjs';
import { compilePreset, SCHEME_IDS } from './harness.mjs';

const FIXTURE = fileURLToPath(new URL('./golden/golden.json', import.meta.url));
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

/** Generated subjects per scheme: enough to reach every tier edge and the floor many times over. */
export const GOLDEN_SUBJECTS = 4000;

/** `kaohe` command lines over every example the repository ships. */
const CLI_CASES: Record<string, readonly string[]> = {
  'example-a': ['appraise', '--preset', 'tech-support-center/department-manager', '--input', 'examples/subjects/example-a.json'],
  'example-b': ['appraise', '--preset', 'tech-support-center/network-ops-supervisor', '--input', 'examples/subjects/example-b.json'],
  'example-c': ['appraise', '--preset', 'tech-support-center/presales-engineer', '--input', 'examples/subjects/example-c.json'],
  'example-d': ['appraise', '--preset', 'tech-support-center/implementation-engineer', '--input', 'examples/subjects/example-d.json'],
  'example-e': ['appraise', '--preset', 'tech-support-center/after-sales-supervisor', '--input', 'examples/subjects/example-e.json'],
  'example-f': ['appraise', '--preset', 'tech-support-center/idc-engineer', '--input', 'examples/subjects/example-f.json'],
  'example-g': ['appraise', '--preset', 'ops-department/customer-service-rep', '--input', 'examples/subjects/example-g.json'],
  'example-h': ['appraise', '--preset', 'tech-department/presales-project', '--input', 'examples/subjects/example-h.json'],
  'example-i': ['appraise', '--preset', 'tech-department/implementation-project', '--input', 'examples/subjects/example-i.json'],
  'example-j': ['appraise', '--preset', 'tech-department/after-sales-project', '--input', 'examples/subjects/example-j.json'],
  'example-k': ['appraise', '--preset', 'broadband-field-ops/technician', '--input', 'examples/subjects/example-k.json', '--org', 'examples/orgs/broadband-field-ops.json'],
  'bad-input': ['appraise', '--preset', 'tech-support-center/presales-engineer', '--input', 'examples/subjects/bad-input.json'],
  'spreadsheet-network-json': ['appraise', '--preset', 'tech-support-center/network-ops-supervisor', '--input', 'examples/spreadsheets/network-ops-supervisor.inputs.json'],
  'spreadsheet-network-xlsx': ['appraise', '--preset', 'tech-support-center/network-ops-supervisor', '--input', 'examples/spreadsheets/network-ops-supervisor.xlsx', '--period', '2026-Q3'],
  'spreadsheet-presales-json': ['appraise', '--preset', 'tech-support-center/presales-engineer', '--input', 'examples/spreadsheets/presales-engineer.inputs.json'],
  'spreadsheet-presales-late-csv': ['appraise', '--preset', 'tech-support-center/presales-engineer', '--input', 'examples/spreadsheets/presales-engineer-late.csv', '--period', '2026-Q3'],
  'custom-scheme': ['appraise', '--scheme', 'examples/custom-scheme/helpdesk.scheme.json', '--input', 'examples/custom-scheme/team.json'],
  'example-c-jsonl-en': ['appraise', '--preset', 'tech-support-center/presales-engineer', '--input', 'examples/subjects/example-c.json', '--format', 'jsonl', '--locale', 'en'],
};

/** The worked examples of the presets' tests and the preset each belongs to. */
const WORKED: Record<string, { readonly preset: string; readonly input: object }> = {
  A: { preset: 'tech-support-center/department-manager', input: fixtures.exampleA },
  B: { preset: 'tech-support-center/network-ops-supervisor', input: fixtures.exampleB },
  C: { preset: 'tech-support-center/presales-engineer', input: fixtures.exampleC },
  D: { preset: 'tech-support-center/implementation-engineer', input: fixtures.exampleD },
  E: { preset: 'tech-support-center/after-sales-supervisor', input: fixtures.exampleE },
  F: { preset: 'tech-support-center/idc-engineer', input: fixtures.exampleF },
  G: { preset: 'ops-department/customer-service-rep', input: fixtures.exampleG },
};

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** A result as JSON, or the error's code and path: what a caller can observe. */
function observe(evaluate: () => unknown): string {
  try {
    return JSON.stringify(evaluate());
  } catch (error) {
    if (isKaoheError(error)) return `error ${error.code} ${JSON.stringify(error.path)}`;
    throw error;
  }
}

interface Golden {
  readonly cli: Record<string, string>;
  readonly worked: Record<string, string>;
  /** Per scheme: the hash of each generated subject's result, in order, joined by spaces. */
  readonly generated: Record<string, string>;
}

function readGolden(): Golden {
  return parseJsonSafely(readFileSync(FIXTURE, 'utf8')) as Golden;
}

const golden: Golden | undefined = existsSync(FIXTURE) ? readGolden() : undefined;
const current: { cli: Record<string, string>; worked: Record<string, string>; generated: Record<string, string> } = { cli: {}, worked: {}, generated: {} };

describe.sequential('golden results (byte-identical to the recorded fixture)', () => {
  it.each(Object.keys(CLI_CASES))('kaohe %s', async (name) => {
    const { code, stdout, stderr } = await run(...(CLI_CASES[name] as string[]));
    current.cli[name] = hash(`${code}\n${stdout}\n${stderr}`);
    if (!UPDATE) expect(current.cli[name]).toBe(golden?.cli[name]);
  });

  it.each(Object.keys(WORKED))('worked example %s', (name) => {
    const { preset, input } = WORKED[name] as (typeof WORKED)[string];
    const compiled = compilePreset(preset);
    current.worked[name] = hash(observe(() => appraiseSync(compiled, { subject: `example-${name}`, period: '2026-Q3', ...input })));
    if (!UPDATE) expect(current.worked[name]).toBe(golden?.worked[name]);
  });

  it.each(SCHEME_IDS)(`%s: ${GOLDEN_SUBJECTS} generated subjects`, (id) => {
    const compiled = compilePreset(id);
    const hashes: string[] = [];
    for (const input of subjects(id, GOLDEN_SUBJECTS)) hashes.push(hash(observe(() => appraiseSync(compiled, input))));
    current.generated[id] = hashes.join(' ');
    if (UPDATE) return;
    const expected = golden?.generated[id]?.split(' ') ?? [];
    const first = hashes.findIndex((h, i) => h !== expected[i]);
    expect({ subjects: hashes.length, firstDifferent: first }).toEqual({ subjects: expected.length, firstDifferent: -1 });
  });

  it.runIf(UPDATE)('writes the fixture', () => {
    writeFileSync(FIXTURE, `${JSON.stringify(current, null, 1)}\n`);
  });
});

/** A full result with its explanation taken out: what `explain: false` promises to return. */
function withoutLines(result: Appraisal): Appraisal {
  return { ...result, lines: [], items: result.items.map((item) => ({ ...item, lines: [] })) };
}

describe('explain: false', () => {
  const cases = Object.entries(CLI_CASES).filter(([name, argv]) => argv[1] === '--preset' && argv[4]?.startsWith('examples/subjects/example-') === true && name !== 'example-k');

  it.each(cases)('%s: the full result minus its lines', async (_name, argv) => {
    const compiled = compilePreset(argv[2] as string);
    const read = parseJsonSafely(readFileSync(fileURLToPath(new URL(`../${argv[4] as string}`, import.meta.url)), 'utf8'));
    const inputs: unknown[] = Array.isArray(read) ? read : [read];
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) {
      const full = await appraise(compiled, input);
      const bare = await appraise(compiled, input, { explain: false });
      expect(bare).toEqual(withoutLines(full));
      expect(JSON.stringify(bare)).toBe(JSON.stringify(withoutLines(full)));
    }
  });

  it.each(Object.keys(WORKED))('worked example %s', (name) => {
    const { preset, input } = WORKED[name] as (typeof WORKED)[string];
    const compiled = compilePreset(preset);
    const subject = { subject: `example-${name}`, period: '2026-Q3', ...input };
    expect(JSON.stringify(appraiseSync(compiled, subject, { explain: false }))).toBe(JSON.stringify(withoutLines(appraiseSync(compiled, subject))));
  });

  it.each(SCHEME_IDS)('%s: 1,000 generated subjects, through appraiseSync and appraiseMany', async (id) => {
    const compiled = compilePreset(id);
    const inputs = [...subjects(id, 1000)];
    const streamed: string[] = [];
    for await (const result of appraiseMany(compiled, inputs, { explain: false })) streamed.push(JSON.stringify(result));
    inputs.forEach((input) => {
      const expected = observe(() => withoutLines(appraiseSync(compiled, input)));
      expect(observe(() => appraiseSync(compiled, input, { explain: false }))).toBe(expected);
      if (!expected.startsWith('error')) expect(streamed.shift()).toBe(expected);
    });
    const explained = appraiseSync(compiled, inputs[0]);
    expect(explained.items.some((item) => item.lines.length > 0)).toBe(true);
  });
});
