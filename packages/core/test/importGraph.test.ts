// The core's modules import one another without cycles, and the rules never reach into the
// evaluation that drives them: a cycle makes load order matter and keeps bundlers from leaving out
// what a program does not use. Type-only imports count too, so the layers stay readable.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every relative import or re-export of each file, static or dynamic, resolved to a file. */
function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const match of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)['"](\.[^'"]+)['"]/gm)) {
      const base = resolve(dirname(file), match[1] as string);
      const target = [`${base}.ts`, join(base, 'index.ts'), base].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
      if (target !== undefined) targets.push(relative(dir, target));
    }
    graph.set(relative(dir, file), targets);
  }
  return graph;
}

/** The strongly connected components of more than one module (Tarjan), each a cycle. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('the import graph of @kaohe/core', () => {
  const graph = importGraph(src);

  it('reads the modules and their imports', () => {
    expect(graph.get('index.ts')?.length).toBeGreaterThan(50);
    expect(graph.get('evaluate/appraise.ts')).toContain('rules/evaluateRule.ts');
  });

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('rules never import evaluate/ (evaluate drives the rules, not the other way round)', () => {
    const upward = [...graph].flatMap(([file, targets]) => (file.startsWith('rules/') ? targets.filter((t) => t.startsWith('evaluate/')).map((t) => `${file} → ${t}`) : []));
    expect(upward).toEqual([]);
  });

  it('the model reaches the rules only where an item names its rule', () => {
    const upward = [...graph].flatMap(([file, targets]) => (file.startsWith('model/') ? targets.filter((t) => t.startsWith('rules/') || t.startsWith('evaluate/')).map((t) => `${file} → ${t}`) : []));
    expect(upward).toEqual(['model/item.ts → rules/registry.ts']);
  });

  it('loads json-rules-engine only when a condition first runs, date-fns by function, zod without its locales', () => {
    const eager = sourceFiles(src).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const found: string[] = [];
      if (/^import (?!type )[^;]*from 'json-rules-engine'/m.test(text)) found.push('json-rules-engine');
      if (/from 'date-fns'/.test(text)) found.push('date-fns');
      if (/from '@date-fns\/tz'/.test(text)) found.push('@date-fns/tz');
      // `import { z }` is zod's namespace object with every locale in it; `import * as z` lets a bundler keep what is used.
      if (/^import \{ z \} from 'zod'/m.test(text)) found.push('zod namespace object');
      return found.map((name) => `${relative(src, file)}: ${name}`);
    });
    expect(eager).toEqual([]);
    expect(readFileSync(join(src, 'rules/condition.ts'), 'utf8')).toContain("await import('json-rules-engine')");
  });

  it('finds a cycle when there is one', () => {
    const looped = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(looped)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
