import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Nothing from a user's file (schemes, mappings, cells) may become code: pages under a
// Content-Security-Policy without 'unsafe-eval' refuse it too. Tests may make code; the packages may not.
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const MAKES_CODE = /\bnew\s+Function\s*\(|(?<![\w$.])eval\s*\(/g;

/** The lines (1-based) of the text that make code from a string. */
function linesMakingCode(text: string): number[] {
  return [...text.matchAll(MAKES_CODE)].map((match) => text.slice(0, match.index).split('\n').length);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.[cm]?[jt]sx?$/.test(entry.name) && !/\.test\.[cm]?[jt]sx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the packages’ sources', () => {
  it('tell code made from a string from names that merely contain the words', () => {
    expect(linesMakingCode('const f = new Function("v", body);\nconst x = eval(text);')).toEqual([1, 2]);
    expect(linesMakingCode('new   Function (')).toEqual([1]);
    expect(linesMakingCode('retrieval(x); evaluate(y); scheme.eval(z); typeof Function; isFunction(f)')).toEqual([]);
  });

  it('never make code from a string (no new Function, no eval) outside tests', () => {
    const packages = join(ROOT, 'packages');
    const files = readdirSync(packages, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(packages, entry.name, 'src'))
      .flatMap((src) => (existsSync(src) ? sourceFiles(src) : []));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => linesMakingCode(readFileSync(file, 'utf8')).map((line) => `${relative(ROOT, file)}:${line}`));
    expect(found).toEqual([]);
  });
});
