// The build marks what each module computes while it loads as side-effect free (build/pureModuleLevel.mjs),
// so that a bundler leaves out what a program never reads. The marking must keep every value as
// it was, and the core must keep the rule that makes it sound: nothing at a module's top level runs
// for its effect alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { markModuleLevel } from '../build/pureModuleLevel.mjs';

const src = fileURLToPath(new URL('../src', import.meta.url));

const sourceFiles = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => join(src, name));

/** The module's code once its types are gone, evaluated as a function body: its exports' values by name. */
function evaluate(source: string): Record<string, unknown> {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const exports: Record<string, unknown> = {};
  new Function('exports', 'g', js)(exports, (x: number) => ({ x, n: 1 }));
  return exports;
}

describe('marking module-level initialisers pure', () => {
  it('wraps calls, new, spreads, property reads and classes, and leaves the rest as written', () => {
    const source = [
      "export const A = z.string().min(1).meta({ description: 'a' });",
      'const B = { ...shape, c: 1 };',
      'const C = new Decimal(1).times(MS.days);',
      'const D = LIMITS.depth + 1;',
      'const E = 1, F = [2, 3], G = (x: number): number => g(x);',
      'export class K extends Error {',
      '  static [Symbol.hasInstance](value: unknown) { return value === 1; }',
      '}',
      'class L {}',
      'export function f(): unknown { return g(); }',
      'register(A);',
    ].join('\n');
    expect(markModuleLevel(source, 'a.ts').split('\n')).toEqual([
      "export const A = /* @__PURE__ */ (() => (z.string().min(1).meta({ description: 'a' })))();",
      'const B = /* @__PURE__ */ (() => ({ ...shape, c: 1 }))();',
      'const C = /* @__PURE__ */ (() => (new Decimal(1).times(MS.days)))();',
      'const D = /* @__PURE__ */ (() => (LIMITS.depth + 1))();',
      'const E = 1, F = [2, 3], G = (x: number): number => g(x);',
      'export const K = /* @__PURE__ */ (() => (class K extends Error {',
      '  static [Symbol.hasInstance](value: unknown) { return value === 1; }',
      '}))();',
      'const L = /* @__PURE__ */ (() => (class L {}))();',
      'export function f(): unknown { return g(); }',
      'register(A);',
    ]);
  });

  it('keeps the values a module exports, its classes included', () => {
    const source = [
      'export const A = g(1);',
      'export const B = { ...A, y: [g(2).x, g(3).n] };',
      'export class K extends Error {',
      "  override name = 'K';",
      '  static [Symbol.hasInstance](value: unknown): boolean { return value === B; }',
      '}',
      'export const k = new K().name;',
    ].join('\n');
    const before = evaluate(source);
    const after = evaluate(markModuleLevel(source, 'a.ts'));
    expect(after['A']).toEqual(before['A']);
    expect(after['B']).toEqual({ x: 1, n: 1, y: [2, 1] });
    expect(after['k']).toBe('K');
    expect((after['K'] as { name: string }).name).toBe('K');
    expect(after['B'] instanceof (after['K'] as new () => unknown)).toBe(true);
  });

  it('finds every module of the core parsable after marking, with nothing run at the top level for its effect', () => {
    expect(sourceFiles.length).toBeGreaterThan(90);
    for (const file of sourceFiles) {
      const text = readFileSync(file, 'utf8');
      const { diagnostics = [] } = ts.transpileModule(markModuleLevel(text, file), { fileName: file, reportDiagnostics: true });
      expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), relative(src, file)).toEqual([]);
      // A bare statement (a call, an assignment, a loop) at the top level would run for its effect;
      // the marking assumes there is none, so that an unused initialiser can go.
      const effects = ts
        .createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
        .statements.filter((statement) => !ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement) && !ts.isVariableStatement(statement) && !ts.isFunctionDeclaration(statement) && !ts.isClassDeclaration(statement) && !ts.isTypeAliasDeclaration(statement) && !ts.isInterfaceDeclaration(statement))
        .map((statement) => statement.getText().slice(0, 60));
      expect(effects, relative(src, file)).toEqual([]);
    }
  });
});
