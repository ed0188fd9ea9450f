import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as core from '../index';
import { orgChartJsonSchema, regimeJsonSchema, scorecardJsonSchema } from './jsonSchema';

type Node = Record<string, unknown>;

/** Follows a schema's `$ref`s into the definitions: its own keywords (its description) over theirs. */
function resolverOf(root: Node): (node: Node) => Node {
  const defs = (root['$defs'] ?? {}) as Record<string, Node>;
  const resolve = (node: Node, seen: ReadonlySet<string> = new Set()): Node => {
    const ref = node['$ref'];
    const name = typeof ref === 'string' ? ref.replace('#/$defs/', '') : undefined;
    const def = name === undefined ? undefined : defs[name];
    return name === undefined || def === undefined || seen.has(name) ? node : { ...resolve(def, new Set([...seen, name])), ...node };
  };
  return (node) => resolve(node);
}

/** Every property of every object in a JSON Schema, by path, with the schema it resolves to. */
function properties(root: Node): Array<{ path: string; schema: Node }> {
  const resolve = resolverOf(root);
  const defs = (root['$defs'] ?? {}) as Record<string, Node>;
  const found: Array<{ path: string; schema: Node }> = [];
  const visit = (node: unknown, path: string, seen: ReadonlySet<string>): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, `${path}[${i}]`, seen));
      return;
    }
    const schema = node as Node;
    const ref = schema['$ref'];
    const name = typeof ref === 'string' ? ref.replace('#/$defs/', '') : undefined;
    // A definition is walked once per path: a recursive one (an expression) stops where it recurs.
    if (name !== undefined && !seen.has(name)) visit(defs[name], path, new Set([...seen, name]));
    for (const [key, value] of Object.entries(schema)) {
      if (key === '$defs') continue;
      if (key === 'properties') {
        for (const [property, child] of Object.entries(value as Record<string, Node>)) {
          found.push({ path: `${path}.${property}`, schema: resolve(child) });
          visit(child, `${path}.${property}`, seen);
        }
      } else if (typeof value === 'object') visit(value, path, seen);
    }
  };
  visit(root, '$', new Set());
  return found;
}

/** The alternatives of a schema (itself when it has none), resolved. */
const alternatives = (schema: Node, resolve: (node: Node) => Node): Node[] => ((schema['anyOf'] ?? schema['oneOf'] ?? [schema]) as Node[]).map(resolve);

/** Whether a property holds a scalar that an example helps with: not an object or list, not an enum, a constant or a boolean. */
function isOpenScalar(schema: Node, resolve: (node: Node) => Node): boolean {
  return alternatives(schema, resolve).every((m) => m['properties'] === undefined && m['anyOf'] === undefined && m['type'] !== 'object' && m['type'] !== 'array' && m['type'] !== 'boolean' && m['enum'] === undefined && m['const'] === undefined);
}

/** Whether a property, or one of its alternatives (an id or null), carries examples. */
function hasExamples(schema: Node, resolve: (node: Node) => Node): boolean {
  return [schema, ...alternatives(schema, resolve)].some((s) => Array.isArray(s['examples']));
}

describe.each([
  ['scorecard', scorecardJsonSchema],
  ['penalty regime', regimeJsonSchema],
  ['org chart', orgChartJsonSchema],
])('the JSON Schema of a %s', (_, schemaOf) => {
  const schema = schemaOf();
  const resolve = resolverOf(schema);
  const all = properties(schema);
  it('describes every property', () => {
    const bare = all.filter(({ schema: s }) => typeof s['description'] !== 'string' || s['description'] === '');
    expect(bare.map((p) => p.path)).toEqual([]);
  });

  it('accepts the $schema key an editor reads', () => {
    expect(all.find((p) => p.path === '$.$schema')?.schema).toMatchObject({ type: 'string', examples: expect.any(Array) });
    expect(schema['required']).not.toContain('$schema');
  });

  it('gives an example for every scalar property without a fixed set of values', () => {
    const open = all.filter(({ schema: s }) => isOpenScalar(s, resolve) && !hasExamples(s, resolve));
    expect(open.map((p) => p.path)).toEqual([]);
  });

  it('gives an example for every property, or for each element of a list', () => {
    const exemplified = (s: Node): boolean => {
      const node = resolve(s);
      if (node['type'] === 'boolean' || node['enum'] !== undefined || node['const'] !== undefined || hasExamples(node, resolve)) return true;
      if (Array.isArray(node['prefixItems'])) return (node['prefixItems'] as Node[]).every(exemplified);
      return node['type'] === 'array' && typeof node['items'] === 'object' && exemplified(node['items'] as Node);
    };
    const open = all.filter(({ schema: s }) => !exemplified(s));
    expect(open.map((p) => p.path)).toEqual([]);
  });

});

describe('the size of a scorecard\'s JSON Schema', () => {
  it('stays small with every description: a schema used more than once is defined once (inlined, it was 190 KB)', () => {
    expect(JSON.stringify(scorecardJsonSchema(), null, 2).length).toBeLessThan(100_000);
  });
});

describe('the defaults a scorecard\'s JSON Schema states', () => {
  const all = properties(scorecardJsonSchema());
  it.each([
    ['steps rounding', '$.items.rule[0].below.rounding', 'floor'],
    ['a band\'s lower end closed', '$.bands.minInclusive', true],
    ['a band\'s upper end open', '$.bands.maxInclusive', false],
    ['the band policy', '$.bandPolicy', 'unique'],
    ['the time zone', '$.timeZone', 'Asia/Shanghai'],
    ['the status', '$.status', 'complete'],
    ['the floor of the total', '$.totalFloor', 0],
    ['a ratio\'s target', '$.items.rule[4].target', 1],
  ])('%s', (_, path, value) => {
    expect(all.find((p) => p.path === path)?.schema['default']).toBe(value);
  });
});

describe('the guide\'s table of defaults', () => {
  const guide = readFileSync(new URL('../../../../docs/modelling-a-scheme.md', import.meta.url), 'utf8');
  const rows = guide.slice(guide.indexOf('## 7. Defaults')).split('\n').filter((line) => line.startsWith('| `'));
  const defaults = [scorecardJsonSchema(), regimeJsonSchema(), orgChartJsonSchema()].flatMap((schema) =>
    properties(schema)
      .filter(({ schema: s }) => 'default' in s)
      .map(({ path, schema: s }) => ({ name: path.slice(path.lastIndexOf('.') + 1), value: JSON.stringify(s['default']) })),
  );
  it('states every default the JSON Schemas carry', () => {
    expect(defaults.length).toBeGreaterThan(30);
    const missing = defaults.filter(({ name, value }) => !rows.some((row) => row.includes(`\`${name}\``) && row.includes(`\`${value}\``)));
    expect(missing).toEqual([]);
  });
});

describe('the examples the schemas carry', () => {
  const withExamples = Object.entries(core).flatMap(([name, value]) => {
    const examples = value instanceof z.ZodType ? value.meta()?.examples : undefined;
    return Array.isArray(examples) ? [{ name, schema: value as z.ZodType, examples }] : [];
  });
  it('are many', () => {
    expect(withExamples.length).toBeGreaterThan(40);
  });
  it.each(withExamples.map((entry) => [entry.name, entry] as const))('%s: each example is valid', (_, { schema, examples }) => {
    for (const example of examples) expect(schema.safeParse(example).error?.issues).toBeUndefined();
  });
});
