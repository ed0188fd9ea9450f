import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileProblem } from './fileProblem';
import { root, run } from './testKit';

const dir = mkdtempSync(join(tmpdir(), 'kaohe-mistakes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PRESALES = 'tech-support-center/presales-engineer';
const EXAMPLE_C = 'examples/subjects/example-c.json';
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const HEADER = '工号,立项项目数,中标项目数,销售目标完成率,降低成本评分,项目经理评分,销售评分,重点项目分析评分';

describe('a JSON file that does not parse', () => {
  it('names the file, the line and column, and the kind of file expected (an input)', async () => {
    const bad = file('bad.json', '{"subject": "E1",\n  "period": "2026-Q3",\n  facts: {}}\n');
    const { code, stderr } = await run('appraise', '--preset', PRESALES, '--input', bad);
    expect(code).toBe(1);
    expect(stderr).toBe(`kaohe: ${bad} is not valid JSON: Expected double-quoted property name at line 3, column 3; expected subjects: a JSON object { "subject", "period", "facts", "ratings" } or an array of them\n`);
    expect(stderr).not.toContain('invalid scheme');
  });

  it('says so for a mapping file, in Chinese too, and for text that stops early', async () => {
    const mapping = file('mapping.json', '{"schemaVersion": 1,\n  "id": "m",\n');
    const csv = file('some.csv', `${HEADER}\n`);
    const { code, stderr } = await run('appraise', '--preset', PRESALES, '--input', csv, '--mapping', mapping, '--locale', 'zh-CN');
    expect(code).toBe(1);
    expect(stderr).toContain(`${mapping} 不是有效的 JSON:第 2 行第 13 列`);
    expect(stderr).toContain('应为列映射');
  });

  it('says a scheme file was expected for --scheme', async () => {
    const scheme = file('scheme.json', '{"kind": "scorecard",}');
    const { stderr } = await run('lint', '--scheme', scheme);
    expect(stderr).toContain('at line 1, column 22; expected a scheme');
  });

  it('finds the line and column of mistakes the parser gives no position for, without echoing the text', async () => {
    const token = file('token.json', '{\n  "subject": "E1",\n  "period": 2026-Q3\n}\n');
    const { stderr: tokenError } = await run('appraise', '--preset', PRESALES, '--input', token);
    expect(tokenError).toMatch(new RegExp(`^kaohe: ${token} is not valid JSON: [^\\n]+ at line 3, column 17; expected subjects: `));
    expect(tokenError).not.toContain('"E1"');
    const trailing = file('trailing.json', '[\n  {"subject": "E1"},\n]\n');
    const { stderr } = await run('appraise', '--preset', PRESALES, '--input', trailing);
    expect(stderr).toBe(`kaohe: ${trailing} is not valid JSON: Unexpected token ']' at line 3, column 1; expected subjects: a JSON object { "subject", "period", "facts", "ratings" } or an array of them\n`);
  });
});

describe('a file that cannot be opened', () => {
  it('says "not found", with the folder looked in and the nearest name there', async () => {
    const { code, stderr } = await run('appraise', '--preset', PRESALES, '--input', 'examples/subjects/exmaple-c.json');
    expect(code).toBe(2);
    expect(stderr).toBe(`kaohe: examples/subjects/exmaple-c.json: not found (looked in ${join(root, 'examples/subjects')}); did you mean examples/subjects/example-c.json?\n`);
  });

  it('says "not found" for a spreadsheet, a scheme and an org chart too', async () => {
    expect((await run('appraise', '--preset', PRESALES, '--input', join(dir, 'missing-input.csv'))).stderr).toBe(`kaohe: ${join(dir, 'missing-input.csv')}: not found\n`);
    expect((await run('lint', '--scheme', join(dir, 'missing-scheme.json'), '--locale', 'zh-CN')).stderr).toBe(`kaohe: ${join(dir, 'missing-scheme.json')}:文件不存在\n`);
    expect((await run('appraise', '--preset', PRESALES, '--input', EXAMPLE_C, '--org', join(dir, 'org.json'))).stderr).toContain('org.json: not found');
  });

  it('says a folder is a folder', async () => {
    expect((await run('appraise', '--preset', PRESALES, '--input', dir, '--input-format', 'csv')).stderr).toBe(`kaohe: ${dir} is a folder: give a file in it\n`);
    expect((await run('lint', '--scheme', dir)).stderr).toBe(`kaohe: ${dir} is a folder: give a file in it\n`);
  });

  it('says permission denied for EACCES, and the system reason otherwise', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    expect((await fileProblem(denied, 'secret.json', root, 'en')).message).toBe('secret.json: permission denied: this user may not read the file');
    expect((await fileProblem(denied, 'secret.json', root, 'zh-CN')).message).toBe('secret.json:权限不足,当前用户无法读取该文件');
    const busy = Object.assign(new Error('EBUSY: resource busy'), { code: 'EBUSY' });
    expect((await fileProblem(busy, 'x.json', root, 'en')).message).toBe('x.json: cannot read: EBUSY: resource busy');
  });
});

describe('an unknown --format', () => {
  it('lists the formats the command writes: appraise streams jsonl too', async () => {
    const appraise = await run('appraise', '--preset', PRESALES, '--input', EXAMPLE_C, '--format', 'csv');
    expect(appraise.code).toBe(2);
    expect(appraise.stderr).toBe('kaohe: unknown format "csv"; use json, jsonl or table\n');
    const lint = await run('lint', '--preset', PRESALES, '--format', 'jsonl', '--locale', 'zh-CN');
    expect(lint.stderr).toBe('kaohe: 未知格式 "jsonl";请用 json 或 table\n');
  });
});

describe('a misspelled flag', () => {
  it('names the unknown flag, the one it most likely meant and the command\'s usage line, and exits 2', async () => {
    const { code, stderr } = await run('appraise', '--preset', PRESALES, '--inptu', EXAMPLE_C);
    expect(code).toBe(2);
    const [first, second] = stderr.split('\n');
    expect(first).toBe('kaohe: unknown option --inptu; did you mean --input?');
    expect(second).toMatch(/^usage: kaohe appraise \(--preset <id> \| --scheme <file>\) --input <file> /);
    expect(stderr).not.toContain('positional');
  });

  it('speaks the --locale given on the same line, and suggests nothing for an unlike word', async () => {
    const zh = await run('lint', '--locale', 'zh-CN', '--schme', 'x.json');
    expect(zh.stderr).toBe('kaohe: 未知选项 --schme;是否要用 --scheme?\n用法:kaohe lint (--preset <id> | --scheme <文件>) [--format json|table] [--locale zh-CN|en]\n');
    const unlike = await run('presets', '--verbose');
    expect(unlike.stderr.split('\n')[0]).toBe('kaohe: unknown option --verbose');
  });

  it('says how to give a value a flag is missing', async () => {
    const { code, stderr } = await run('appraise', '--preset', PRESALES, '--input');
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('kaohe: --input needs a value: --input <file>');
  });

  it('suggests the command a misspelled command meant', async () => {
    const { code, stderr } = await run('apprise', '--preset', PRESALES);
    expect(code).toBe(2);
    expect(stderr).toBe('kaohe: unknown command "apprise"; did you mean appraise?\n');
  });
});

describe('input and output file kinds', () => {
  it('refuses a .txt input with the accepted extensions, and reads it with --input-format', async () => {
    const txt = file('export.txt', `${HEADER}\nE1,10,6,95%,8,9,8,9\n`);
    const refused = await run('appraise', '--preset', PRESALES, '--input', txt, '--period', '2026-Q3');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`kaohe: ${txt}: cannot tell the format from the extension ".txt": give a .json, .xlsx, .xlsm, .csv or .tsv file, or name the format with --input-format json|csv|xlsx\n`);
    const read = await run('appraise', '--preset', PRESALES, '--input', txt, '--period', '2026-Q3', '--input-format', 'csv');
    expect(read.code).toBe(0);
    expect((JSON.parse(read.stdout) as { results: Array<{ total: string }> }).results[0]?.total).toBe('90.14');
    expect((await run('appraise', '--preset', PRESALES, '--input', txt, '--input-format', 'ods')).stderr).toBe('kaohe: unknown input format "ods"; use json, csv or xlsx\n');
  });

  it('says to save an .xls workbook, also one renamed .xlsx, as .xlsx or CSV', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    for (const name of ['old.xls', 'renamed.xlsx']) {
      const { code, stderr } = await run('appraise', '--preset', PRESALES, '--input', file(name, ole));
      expect(code, name).toBe(1);
      expect(stderr, name).toBe(`kaohe: ${join(dir, name)} is an Excel 97–2003 workbook (.xls), which cannot be read: open it in Excel, WPS or LibreOffice and save it as .xlsx (or as CSV).\n`);
    }
  });

  it('refuses --out with an extension it does not write, before appraising; writes .json as the JSON output and .jsonl as JSON Lines', async () => {
    const csv = join(dir, 'out.csv');
    const refused = await run('appraise', '--preset', PRESALES, '--input', EXAMPLE_C, '--out', csv);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(`kaohe: --out ${csv}: cannot write a ".csv" file: give a .xlsx, .json or .jsonl file\n`);
    const json = join(dir, 'out.json');
    const written = await run('appraise', '--preset', PRESALES, '--input', EXAMPLE_C, '--out', json);
    expect(written.code).toBe(0);
    expect(readFileSync(json, 'utf8')).toBe(written.stdout);
    const jsonl = join(dir, 'out.jsonl');
    await run('appraise', '--preset', PRESALES, '--input', 'examples/spreadsheets/presales-engineer.inputs.json', '--out', jsonl);
    // JSON Lines as DESIGN.md gives them: a typed line per result, then the summary.
    const lines = readFileSync(jsonl, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as { type: string; subject?: string });
    expect(lines.map((l) => [l.type, l.subject])).toEqual([['result', 'E2001'], ['result', 'E2002'], ['summary', undefined]]);
    expect(lines[2]).toEqual({ type: 'summary', read: 2, appraised: 2, rejected: 0, errors: 0, blank: 0, warnings: 0 });
  });
});

describe('a missing period', () => {
  it('says the subject has no period and how to give it, in both locales', async () => {
    const input = file('no-period.json', JSON.stringify({ subject: 'E1', facts: { projectsApproved: 10, projectsWon: 6, salesTargetAchievement: '0.95' }, ratings: { P3: 8, P4: { projectManager: 9, sales: 8 }, P5: 9 } }));
    const en = await run('appraise', '--preset', PRESALES, '--input', input);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(`${input}: subject E1 has no period: give it with --period 2026-Q3, or write "period": "2026-Q3" in the file`);
    expect(en.stderr).not.toContain('expected string');
    const zh = await run('appraise', '--preset', PRESALES, '--input', input, '--locale', 'zh-CN');
    expect(zh.stderr).toContain('考核对象 E1 没有考核期间:请用 --period 2026-Q3 指定,或在文件中写明 "period": "2026-Q3"');
    const given = await run('appraise', '--preset', PRESALES, '--input', input, '--period', '2026-Q3');
    expect(given.code).toBe(0);
    expect((JSON.parse(given.stdout) as { results: Array<{ period: string; total: string }> }).results[0]).toMatchObject({ period: '2026-Q3', total: '90.14' });
  });

  it('says how to give the period of a sheet that carries none, with an example of the scheme\'s period kind', async () => {
    const csv = file('no-period.csv', `${HEADER}\nE1,10,6,95%,8,9,8,9\n`);
    const { code, stderr } = await run('appraise', '--preset', PRESALES, '--input', csv, '--locale', 'zh-CN');
    expect(code).toBe(1);
    expect(stderr).toBe(`kaohe: ${csv}:各行没有考核期间:请用 --period 2026-Q3 指定,或增加期间列(考核期间 或 Period)\n`);
    const yearly = await run('appraise', '--preset', 'ops-department/ops-manager', '--input', file('y.csv', '工号,W1,W2,W3,W4,W5\nE1,90,90,90,90,90\n'));
    expect(yearly.stderr).toBe(`kaohe: ${join(dir, 'y.csv')}: the rows carry no period: give it with --period 2026, or add a period column (考核期间 or Period)\n`);
  });
});

describe('headers as the sheet writes them', () => {
  it('says where to find the headers a sheet must carry when none of its rows has them', async () => {
    const csv = file('wrong.csv', 'id,won\nE1,6\n');
    const preset = await run('appraise', '--preset', PRESALES, '--input', csv, '--period', '2026-Q3');
    expect(preset.code).toBe(1);
    expect(preset.stderr).toContain(`the headers it reads: \`kaohe presets show ${PRESALES}\`; a sheet with them to fill in: \`kaohe template ${PRESALES} --out sheet.xlsx\``);
    const scheme = await run('appraise', '--scheme', 'examples/schemes/literal-bands.json', '--input', csv, '--period', '2026-Q3', '--locale', 'zh-CN');
    expect(scheme.stderr).toContain('生成带该方案所读表头的待填表格:`kaohe template --scheme examples/schemes/literal-bands.json --out 表格.xlsx`');
  });

  it('names the header of the user\'s sheet and its column for an empty cell, and reads a "subject" column', async () => {
    // P5 has one rater, so its cell is required (P4's raters may each be left empty).
    const csv = file('alias.csv', 'subject,立项项目数,中标项目数,销售目标完成率,降低成本评分,项目经理评分,销售评分,P5\nE1,10,6,95%,8,9,8,\n');
    const { code, stderr } = await run('appraise', '--preset', PRESALES, '--input', csv, '--period', '2026-Q3');
    expect(code).toBe(1);
    expect(stderr).toContain('alias!H2 (P5): The cell under "P5" is empty, and this column needs a value.');
    expect(stderr).not.toContain('重点项目分析评分');
  });
});
