import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as core from '@kaohe/core';
import { describe, expect, it } from 'vitest';
import * as presets from './index';

/**
 * The `@example` blocks of key public functions, run: each statement followed by a `// result`
 * comment (on its line or the lines after) must produce that result; other statements just run.
 * Names come from @kaohe/core and @kaohe/presets, as a reader of the docs would import them.
 */
const EXAMPLES: ReadonlyArray<readonly [file: string, fn: string]> = [
  ['lint/lint.ts', 'lint'],
  ['locales/render.ts', 'renderMessage'],
  ['explain/enumText.ts', 'enumText'],
  ['explain/describeRule.ts', 'describeRule'],
  ['explain/describeExpr.ts', 'describeExpr'],
  ['explain/describeExpr.ts', 'describePredicateText'],
  ['explain/describeDeadline.ts', 'weekdayName'],
  ['explain/describeDeadline.ts', 'durationText'],
  ['explain/describeDeadline.ts', 'ordinal'],
  ['explain/describeDeadline.ts', 'reportScheduleText'],
  ['explain/describeDeadline.ts', 'describeLimit'],
  ['explain/describeOrderCondition.ts', 'describeOrderCondition'],
  ['explain/describeOrderCondition.ts', 'describePayer'],
  ['explain/DescribeOptions.ts', 'signed'],
  ['explain/DescribeOptions.ts', 'withSign'],
];

const scope: Record<string, unknown> = { ...core, ...presets };

/** The lines of the `@example` block in the JSDoc right before `export function <fn>`. */
function exampleOf(source: string, fn: string): string[] {
  const at = source.indexOf(`export function ${fn}`);
  if (at < 0) throw new Error(`no function ${fn}`);
  const doc = source.slice(source.lastIndexOf('/**', at), at);
  const lines = doc.split('\n').map((line) => line.replace(/^\s*\*\/?\s?/, '').replace(/^\/\*\*/, ''));
  const start = lines.findIndex((line) => line.startsWith('@example'));
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && line.startsWith('@'));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

interface Statement {
  code: string;
  expected?: string;
}

/** The statements of an example and the results their comments give; imports are checked against the scope. */
function statementsOf(lines: readonly string[]): Statement[] {
  const statements: Statement[] = [];
  let code = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('import ')) {
      const names = /\{([^}]*)\}/.exec(line)?.[1]?.split(',').map((name) => name.trim().replace(/^type\s+/, '')) ?? [];
      for (const name of names) if (!(name in scope)) throw new Error(`the example imports ${name}, which is not exported`);
      continue;
    }
    if (line.startsWith('//')) {
      const last = statements.at(-1);
      // A comment before any statement, or one with words rather than a value, describes; it is no result.
      if (last !== undefined && code === '' && /^\/\/ [[{'"`\d-]|^\/\/ (true|false|null|undefined)\b/.test(line)) last.expected = `${last.expected ?? ''} ${line.slice(2).trim()}`;
      continue;
    }
    const [stmt, comment] = line.split(/;\s*\/\/\s*/, 2);
    code += `${code === '' ? '' : '\n'}${stmt ?? ''}`;
    if (comment !== undefined) {
      statements.push({ code, expected: comment });
      code = '';
    } else if (line.endsWith(';')) {
      statements.push({ code: code.replace(/;$/, '') });
      code = '';
    }
  }
  return statements;
}

describe('JSDoc examples', () => {
  it.each(EXAMPLES.map(([file, fn]) => [`${fn} (${file})`, file, fn] as const))('%s runs and gives what it says', (_name, file, fn) => {
    const source = readFileSync(fileURLToPath(new URL(`../../core/src/${file}`, import.meta.url)), 'utf8');
    const statements = statementsOf(exampleOf(source, fn));
    expect(statements.some((s) => s.expected !== undefined), 'an example with at least one result').toBe(true);
    const checks: Array<{ code: string; actual: unknown; expected: unknown }> = [];
    const body = statements
      .map((s, index) => (s.expected === undefined ? `${s.code};` : `__check(${index}, (${s.code}), (${s.expected}));`))
      .join('\n');
    const names = Object.keys(scope).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
    const run = new Function(...names, '__check', body) as (...args: unknown[]) => void;
    run(...names.map((name) => scope[name]), (index: number, actual: unknown, expected: unknown) => checks.push({ code: statements[index]?.code ?? '', actual, expected }));
    for (const check of checks) expect(check.actual, check.code).toEqual(check.expected);
  });
});
