// Marks what a module computes while it loads — its zod schemas, decimal constants, frozen tables —
// as side-effect free, so that a program's bundler leaves out every one the program never reads.
// Unmarked, a bundler must assume that `z.string()` (or a spread, or `new Decimal(…).times(…)`)
// may change something, and keeps it with everything it refers to: `toDecimal` alone then carried
// zod and every schema. Each such initialiser becomes a call of an arrow function marked
// `/* @__PURE__ */`, which esbuild, Rollup, webpack and terser drop whole when its result is unused.
//
// Sound because the core keeps one rule: a module's top-level initialisers only compute the value
// of their name (zod schemas, whose `.meta()` registers only the schema itself; frozen tables;
// decimal constants; empty caches), and anything run for its effect alone would be a statement of
// its own, never marked. `test/pureModuleLevel.test.ts` checks that the core has no such statement.
import { readFile } from 'node:fs/promises';
import MagicString from 'magic-string';
import ts from 'typescript';

const OPEN = '/* @__PURE__ */ (() => (';
const CLOSE = '))()';

/** Whether evaluating a node may run code a bundler cannot see through (function bodies run later). */
function runsCode(node) {
  if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false;
  if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node)) return true;
  // A spread or a property read may run a getter as far as a bundler knows.
  if (ts.isSpreadAssignment(node) || ts.isSpreadElement(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) return true;
  return ts.forEachChild(node, runsCode) === true;
}

/**
 * What a module evaluates while it loads and a bundler cannot see through: the initialisers of its
 * top-level declarations that run code, and its classes (a computed key such as
 * `[Symbol.hasInstance]` or an `extends` keeps a class declaration). Each is `[start, end, prefix]`:
 * the offsets of the expression to wrap, and for a class the `export const Name = ` it becomes.
 *
 * @param {string} text the module's TypeScript source
 * @param {string} fileName its name, for the parser
 * @returns {Array<[number, number, string]>} ascending and disjoint
 */
export function moduleLevelInitialisers(text, fileName) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const ranges = [];
  for (const statement of source.statements) {
    if (ts.isClassDeclaration(statement) && statement.name !== undefined) {
      const modifiers = statement.modifiers ?? [];
      // `export class X {}` and `class X {}` only: a default export or a decorated class is left as written.
      if (modifiers.some((m) => m.kind !== ts.SyntaxKind.ExportKeyword)) continue;
      const last = modifiers[modifiers.length - 1];
      const classStart = last === undefined ? statement.getStart(source) : text.indexOf('class', last.getEnd());
      ranges.push([classStart, statement.getEnd(), `const ${statement.name.text} = `]);
      continue;
    }
    if (!ts.isVariableStatement(statement)) continue;
    for (const { initializer } of statement.declarationList.declarations) {
      if (initializer !== undefined && runsCode(initializer)) ranges.push([initializer.getStart(source), initializer.getEnd(), '']);
    }
  }
  return ranges;
}

/** The module's source with its initialisers wrapped, as an edit that can also give its source map. */
function marked(text, fileName) {
  const edit = new MagicString(text);
  for (const [start, end, prefix] of moduleLevelInitialisers(text, fileName)) {
    edit.appendLeft(start, `${prefix}${OPEN}`);
    edit.appendLeft(end, `${CLOSE}${prefix === '' ? '' : ';'}`);
  }
  return edit;
}

/**
 * The module's source with each initialiser of {@link moduleLevelInitialisers} wrapped in a call
 * marked pure: `const X = z.string()` becomes `const X = /* @__PURE__ *\/ (() => (z.string()))()`.
 * The value, and when it is computed, stay the same.
 *
 * @example
 * markModuleLevel('export const A = z.string();', 'a.ts');
 * // 'export const A = /* @__PURE__ *\/ (() => (z.string()))();'
 * @param {string} text
 * @param {string} fileName
 * @returns {string}
 */
export function markModuleLevel(text, fileName) {
  return marked(text, fileName).toString();
}

/**
 * An esbuild plugin (tsup's `esbuildPlugins`) marking the module-level initialisers of the
 * sources under `dir` (test files excepted).
 *
 * @param {string} dir absolute path of the sources, ending with a separator
 * @returns {{ name: string, setup(build: any): void }}
 */
export function pureModuleLevel(dir) {
  return {
    name: 'pure-module-level',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!args.path.startsWith(dir) || args.path.endsWith('.test.ts')) return undefined;
        const edit = marked(await readFile(args.path, 'utf8'), args.path);
        // An inline map of the edit, which esbuild chains: the package's source map shows the file as written.
        const map = edit.generateMap({ source: args.path, includeContent: true, hires: true });
        return { contents: `${edit.toString()}\n//# sourceMappingURL=${map.toUrl()}\n`, loader: 'ts' };
      });
    },
  };
}
