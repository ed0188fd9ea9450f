import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root, run } from './testKit';

interface JsonOut {
  results: Array<{ subject: string; total: string; band: { id: string } | null; outcome: string; items: Array<{ id: string; points: string }> }>;
  errors?: Array<{ subject: string | null; path: string; code: string; message: string }>;
}

describe('kaohe appraise', () => {
  it('gives Example B exactly: 90.00, good, each item as in the specification', async () => {
    const { code, stdout } = await run('appraise', '--preset', 'tech-support-center/network-ops-supervisor', '--input', 'examples/subjects/example-b.json', '--format', 'json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as JsonOut;
    const [result] = out.results;
    expect(result?.total).toBe('90.00');
    expect(result?.band?.id).toBe('good');
    expect(result?.outcome).toBe('good');
    expect(result?.items.map((i) => [i.id, i.points])).toEqual([
      ['N1', '-10.00'],
      ['N2', '-10.00'],
      ['N3', '5.00'],
      ['N4', '0.00'],
      ['N5', '-5.00'],
      ['N6', '10.00'],
    ]);
  });

  it('gives Example C exactly: 90.14, good, P1 17.14', async () => {
    const { code, stdout } = await run('appraise', '--preset', 'tech-support-center/presales-engineer', '--input', 'examples/subjects/example-c.json');
    expect(code).toBe(0);
    const [result] = (JSON.parse(stdout) as JsonOut).results;
    expect(result?.total).toBe('90.14');
    expect(result?.band?.id).toBe('good');
    expect(result?.items.map((i) => [i.id, i.points])).toEqual([
      ['P1', '17.14'],
      ['P2', '47.50'],
      ['P3', '8.00'],
      ['P4', '8.50'],
      ['P5', '9.00'],
    ]);
  });

  it('names the file, the subject and the field of bad input, exits 1, and still appraises the good subjects', async () => {
    const { code, stdout, stderr } = await run('appraise', '--preset', 'tech-support-center/presales-engineer', '--input', 'examples/subjects/bad-input.json');
    expect(code).toBe(1);
    expect(stderr).toContain('examples/subjects/bad-input.json #2: subject TSC-014: facts.projectsWon: invalid input: expected a whole number ≥ 0, received "seven"');
    const out = JSON.parse(stdout) as JsonOut;
    expect(out.results.map((r) => [r.subject, r.total])).toEqual([['TSC-004', '90.14']]);
    expect(out.errors).toEqual([
      expect.objectContaining({ subject: 'TSC-014', path: 'facts.projectsWon', code: 'input_invalid' }),
    ]);
  });

  it('renders the same error in Chinese with --locale zh-CN', async () => {
    const { stderr } = await run('appraise', '--preset', 'tech-support-center/presales-engineer', '--input', 'examples/subjects/bad-input.json', '--locale', 'zh-CN');
    expect(stderr).toContain('subject TSC-014: facts.projectsWon: 输入无效:应为不小于 0 的整数,实为 "seven"');
    expect(stderr).toContain('1 个考核对象无法考核');
  });

  it('prints a readable table with Chinese columns aligned', async () => {
    const { code, stdout } = await run('appraise', '--preset', 'tech-support-center/presales-engineer', '--input', 'examples/subjects/example-c.json', '--format', 'table', '--locale', 'zh-CN');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('tech-support-center/presales-engineer (1.0.0)');
    expect(lines[1]).toBe('对象     姓名              P1     P2    P3    P4    P5   总分  等级  结果');
    expect(lines[3]).toBe('TSC-004  售前工程师 甲  17.14  47.50  8.00  8.50  9.00  90.14  良好  良好');
  });

  it('refuses a bad command line with exit code 2', async () => {
    expect((await run('appraise', '--preset', 'no/such', '--input', 'x.json')).code).toBe(2);
    expect((await run('appraise', '--input', 'examples/subjects/example-c.json')).stderr).toContain('give --preset <id> or --scheme <file>');
    expect((await run('appraise', '--preset', 'tech-support-center/presales-engineer', '--input', 'missing.json')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('appraise', '--bogus')).code).toBe(2);
  });
});

describe('kaohe lint', () => {
  it('reports the gap (80, 90) and the overlap at 70 of the literal seed-000 bands', async () => {
    const { code, stdout } = await run('lint', '--scheme', 'examples/schemes/literal-bands.json', '--format', 'json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { findings: Array<{ code: string; params: { interval?: string } }> };
    expect(out.findings.map((f) => [f.code, f.params.interval])).toEqual([
      ['band_gap', '(80, 90)'],
      ['band_overlap', '[70, 70]'],
    ]);
  });
});

describe('kaohe presets', () => {
  it('lists the catalogue and shows a scheme', async () => {
    const list = await run('presets', '--format', 'json');
    const ids = (JSON.parse(list.stdout) as { presets: Array<{ id: string; status: string }> }).presets.map((p) => p.id);
    expect(ids).toContain('tech-support-center/presales-engineer');
    const show = await run('presets', 'show', 'tech-support-center/presales-engineer', '--locale', 'zh-CN');
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('P4  售前支持的及时性及准确性');
    expect(show.stdout).toContain('推定 P1:');
  });
});

describe('the built kaohe binary', () => {
  const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
  it('runs as a process with the same contract', async () => {
    expect(existsSync(bin)).toBe(true);
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'appraise', '--preset', 'tech-support-center/presales-engineer', '--input', 'examples/subjects/example-c.json'], { cwd: root });
    expect((JSON.parse(stdout) as JsonOut).results[0]?.total).toBe('90.14');
    const failed = await promisify(execFile)(process.execPath, [bin, 'appraise', '--preset', 'tech-support-center/presales-engineer', '--input', 'examples/subjects/bad-input.json'], { cwd: root }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in failed ? failed.code : 0).toBe(1);
  });
});

describe('kaohe schema', () => {
  it('prints the JSON Schema of a scorecard and of an org chart, and refuses anything else', async () => {
    const scorecard = await run('schema');
    const schema = JSON.parse(scorecard.stdout) as { $schema: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'kind', 'id', 'version', 'name']));
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['items', 'bands', 'vetoes', 'extends', 'review']));
    const org = JSON.parse((await run('schema', 'org-chart')).stdout) as { properties: Record<string, unknown> };
    expect(Object.keys(org.properties)).toEqual(expect.arrayContaining(['roles', 'people', 'timeZone']));
    expect((await run('schema', 'invoice')).code).toBe(2);
  });

  it('writes a schema file an editor can use, and a scheme naming it in $schema is accepted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kaohe-schema-'));
    try {
      const written = await run('schema', 'scorecard', '--out', join(dir, 'scorecard.schema.json'));
      expect(written.code).toBe(0);
      expect(written.stdout).toBe('');
      expect(written.stderr).toContain('scorecard.schema.json');
      const schema = JSON.parse(await readFile(join(dir, 'scorecard.schema.json'), 'utf8')) as Record<string, unknown>;
      expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'urn:kaohe:scorecard:1', title: 'kaohe scorecard' });
      expect((schema['properties'] as Record<string, { description?: string }>)['bands']?.description).toEqual(expect.any(String));
      const scheme = JSON.parse(await readFile(join(root, 'examples/schemes/literal-bands.json'), 'utf8')) as Record<string, unknown>;
      await writeFile(join(dir, 'scheme.json'), JSON.stringify({ $schema: './scorecard.schema.json', ...scheme }));
      const linted = await run('lint', '--scheme', join(dir, 'scheme.json'), '--format', 'json');
      const findings = (JSON.parse(linted.stdout) as { findings: Array<{ code: string }> }).findings;
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.map((f) => f.code)).not.toContain('scheme_invalid');
      const regime = await run('schema', 'regime', '--out', join(dir, 'regime.schema.json'));
      expect(regime.code).toBe(0);
      expect(JSON.parse(await readFile(join(dir, 'regime.schema.json'), 'utf8'))).toMatchObject({ $id: 'urn:kaohe:penalty-regime:1' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
