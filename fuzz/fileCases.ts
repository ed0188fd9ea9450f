import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { readInputs, type SourceFormat } from '@kaohe/adapters';
import { checkAppraisal, type Target } from './checkCase';
import { broken, prototypeChanged, prototypeSnapshot, verdictOfError, type Verdict } from './verdict';

/** A fixture of the adapters: its files (read together) and the preset whose mapping reads them. */
export interface Fixture {
  readonly preset: string;
  readonly files: readonly { readonly name: string; readonly format: SourceFormat; readonly bytes: Uint8Array }[];
}

const FIXTURES: ReadonlyArray<{ readonly preset: string; readonly files: readonly string[] }> = [
  { preset: 'tech-support-center/network-ops-supervisor', files: ['network-ops-supervisor.xlsx'] },
  { preset: 'tech-support-center/network-ops-supervisor', files: ['network-ops-supervisor-考核表.gbk.csv', 'network-ops-supervisor-故障记录.gbk.csv'] },
  { preset: 'tech-support-center/network-ops-supervisor', files: ['src/network-ops-supervisor-考核表.csv', 'src/network-ops-supervisor-故障记录.csv'] },
  { preset: 'tech-support-center/presales-engineer', files: ['presales-engineer.xlsx'] },
  { preset: 'tech-support-center/presales-engineer', files: ['from-csv/presales-engineer.xlsx'] },
  { preset: 'tech-support-center/presales-engineer', files: ['presales-engineer.gbk.csv'] },
  { preset: 'tech-support-center/presales-engineer', files: ['src/presales-engineer.csv'] },
];

/** The adapters' fixtures, read from `packages/adapters/fixtures` under the repository root. */
export function loadFixtures(repoRoot: string): Fixture[] {
  return FIXTURES.map(({ preset, files }) => ({
    preset,
    files: files.map((name) => ({ name, format: name.endsWith('.xlsx') ? 'xlsx' : 'csv', bytes: new Uint8Array(readFileSync(join(repoRoot, 'packages/adapters/fixtures', name))) })),
  }));
}

/** One change to a file's bytes. */
export interface ByteMutation {
  readonly kind: 'flip' | 'truncate' | 'headerOnly' | 'extraCells' | 'utf16' | 'mixGbk' | 'blankRows' | 'bom' | 'formula' | 'longLine' | 'newlines' | 'quote';
  readonly at: number;
  readonly pick: number;
}

const BYTE_KINDS: readonly ByteMutation['kind'][] = ['flip', 'truncate', 'headerOnly', 'extraCells', 'utf16', 'mixGbk', 'blankRows', 'bom', 'formula', 'longLine', 'newlines', 'quote'];

const latin = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const fromLatin = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));

/** Works on lines as bytes (latin1 keeps every byte), so a GBK file stays GBK. */
function mapLines(bytes: Uint8Array, change: (lines: string[]) => string[]): Uint8Array {
  return fromLatin(change(latin(bytes).split('\n')).join('\n'));
}

/**
 * Applies a change to a file: flip bytes, truncate, keep only the title and header rows, add cells
 * to every row, re-encode as UTF-16 (either order, with or without BOM), put GBK rows after UTF-8 ones,
 * add blank rows, a BOM, a formula, a 100 KB line, other newlines or an unbalanced quote.
 */
export function mutateBytes(bytes: Uint8Array, mutation: ByteMutation, other: Uint8Array): Uint8Array {
  const { at, pick } = mutation;
  switch (mutation.kind) {
    case 'flip': {
      const out = new Uint8Array(bytes);
      for (let i = 0; i <= pick % 4; i += 1) if (out.length > 0) out[(at + i * 7919) % out.length] = (pick * 31 + i * 97) % 256;
      return out;
    }
    case 'truncate':
      return bytes.slice(0, at % (bytes.length + 1));
    case 'headerOnly':
      return mapLines(bytes, (lines) => lines.slice(0, 1 + (pick % 2)));
    case 'extraCells':
      return mapLines(bytes, (lines) => lines.map((line, i) => (i % 2 === pick % 2 ? `${line.replace(/\r$/, '')},x,,9\r` : line)));
    case 'utf16': {
      const le = Buffer.from(Buffer.from(bytes).toString('utf8'), 'utf16le');
      const body = pick % 2 === 0 ? le : Buffer.from(le).swap16();
      const bom = pick % 4 < 2 ? Buffer.alloc(0) : pick % 2 === 0 ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xfe, 0xff]);
      return new Uint8Array(Buffer.concat([bom, body]));
    }
    case 'mixGbk':
      return mapLines(bytes, (lines) => [...lines.slice(0, 1 + (at % Math.max(1, lines.length))), ...latin(other).split('\n').slice(2)]);
    case 'blankRows':
      return mapLines(bytes, (lines) => lines.flatMap((line, i) => (i % 2 === 1 ? [line, pick % 2 === 0 ? '' : ',,,,'] : [line])));
    case 'bom':
      return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bytes)]));
    case 'formula':
      return mapLines(bytes, (lines) => lines.map((line, i) => (i === 2 + (at % 2) ? line.replace(/,[^,]*/, ',=HYPERLINK("http://x","y")') : line)));
    case 'longLine':
      return mapLines(bytes, (lines) => [...lines, 'E9,'.repeat(pick % 2 === 0 ? 30_000 : 3_000)]);
    case 'newlines':
      return fromLatin(latin(bytes).replace(/\r?\n/g, pick % 2 === 0 ? '\r' : '\r\n\r\n'));
    case 'quote':
      return mapLines(bytes, (lines) => lines.map((line, i) => (i === 2 ? `"${line}` : line)));
  }
}

/** A fixture and the changes made to one of its files. */
export interface FileCase {
  readonly fixture: number;
  readonly file: number;
  readonly mutations: readonly ByteMutation[];
}

/** File cases: a fixture, one of its files, one to three byte changes. */
export const fileCaseArbitrary: fc.Arbitrary<FileCase> = fc.record({
  fixture: fc.nat(FIXTURES.length - 1),
  file: fc.nat(1),
  mutations: fc.array(fc.record({ kind: fc.constantFrom(...BYTE_KINDS), at: fc.nat(), pick: fc.nat() }), { minLength: 1, maxLength: 3 }),
});

/** What a file case came to, and whether it was silent: no input, no rejected row, no withheld subject, no error. */
export interface FileVerdict {
  readonly verdict: Verdict;
  readonly silent: boolean;
}

/** The files of a case, with its changes applied to one of them. */
export function fileCaseSources(c: FileCase, fixtures: readonly Fixture[]): { readonly fixture: Fixture; readonly sources: Uint8Array[] } {
  const fixture = fixtures[c.fixture % fixtures.length] as Fixture;
  const target = c.file % fixture.files.length;
  // GBK rows for mixing: the same table's GBK twin when there is one, else the fixture's own bytes.
  const gbk = fixtures.find((f) => f.preset === fixture.preset && f.files[0]?.name.endsWith('.gbk.csv'))?.files[target] ?? fixture.files[target];
  const sources = fixture.files.map((file, i) => (i === target ? c.mutations.reduce((bytes, m) => mutateBytes(bytes, m, gbk?.bytes ?? bytes), file.bytes) : file.bytes));
  return { fixture, sources };
}

/**
 * Reads a file case through `readInputs` with the preset's shipped mapping and appraises the first
 * inputs it yields: only our errors (KaoheError, AdapterError) escape, and every input appraised keeps
 * the invariants of {@link checkAppraisal}.
 */
export async function checkFile(c: FileCase, fixtures: readonly Fixture[], targets: ReadonlyMap<string, Target>): Promise<FileVerdict> {
  const before = prototypeSnapshot();
  const { fixture, sources } = fileCaseSources(c, fixtures);
  let verdict: Verdict = { kind: 'accepted' };
  let silent = false;
  try {
    const format = fixture.files[0]?.format ?? 'csv';
    const reader = readInputs(sources.length === 1 ? (sources[0] as Uint8Array) : sources, { mapping: fixture.preset, period: '2026-Q3', format });
    const target = targets.get(fixture.preset) as Target;
    let inputs = 0;
    for await (const input of reader) {
      inputs += 1;
      if (inputs > 20 || verdict.kind === 'failed') continue;
      const checked = await checkAppraisal(target, input);
      if (checked.kind === 'failed') verdict = checked;
    }
    silent = inputs === 0 && reader.report.rejected.length === 0 && reader.report.withheld.length === 0;
  } catch (error) {
    verdict = verdictOfError(error);
  }
  if (prototypeChanged(before, prototypeSnapshot())) verdict = broken('prototype', 'a prototype changed while reading a file');
  return { verdict, silent };
}
