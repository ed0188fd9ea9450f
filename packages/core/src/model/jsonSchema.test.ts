import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as core from '../index';
import { orgChartJsonSchema, regimeJsonSchema, scorecardJsonSchema } from './jsonSchema';

type Node = Record<string, unknown>;

/** Every property of every object in a JSON Schema, by path, with the schema it resolves to. */
function properties(root: Node): Array<{ path: string; schema: Node }> {
  const defs = (root['$defs'] ?? {}) as Record<string, Node>;
  const found: Array<{ path: string; schema: Node }> = [];
  const seen = new Set<Node>();
  const visit = (node: unknown, path: string): void => {
    if (typeof node !== 'object' || node === null || seen.has(node as Node)) return;
    seen.add(node as Node);
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, `${path}[${i}]`));
      return;
    }
    const schema = node as Node;
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties') {
        for (const [name, property] of Object.entries(value as Record<string, Node>)) {
          found.push({ path: `${path}.${name}`, schema: property });
          visit(property, `${path}.${name}`);
        }
      } else if (key === '$defs') {
        for (const [name, def] of Object.entries(value as Record<string, Node>)) visit(def, `#${name}`);
      } else if (typeof value === 'object') visit(value, path);
    }
  };
  visit(root, '$');
  return found.map(({ path, schema }) => {
    const ref = typeof schema['$ref'] === 'string' ? defs[(schema['$ref'] as string).replace('#/$defs/', '')] : undefined;
    return { path, schema: { ...ref, ...schema } };
  });
}

/** Whether a property holds a scalar that an example helps with: not an object or list, not an enum, a constant or a boolean. */
function isOpenScalar(schema: Node): boolean {
  const members = (schema['anyOf'] ?? schema['oneOf'] ?? [schema]) as Node[];
  return members.every((m) => m['$ref'] === undefined && m['properties'] === undefined && m['type'] !== 'object' && m['type'] !== 'array' && m['type'] !== 'boolean' && m['enum'] === undefined && m['const'] === undefined);
}

/** Whether a property, or one of its alternatives (an id or null), carries examples. */
function hasExamples(schema: Node): boolean {
  return [schema, ...((schema['anyOf'] ?? schema['oneOf'] ?? []) as Node[])].some((s) => Array.isArray(s['examples']));
}

describe.each([
  ['scorecard', scorecardJsonSchema],
  ['penalty regime', regimeJsonSchema],
  ['org chart', orgChartJsonSchema],
])('the JSON Schema of a %s', (_, schemaOf) => {
  const schema = schemaOf();
  it('describes every property', () => {
    const bare = properties(schema).filter(({ schema: s }) => typeof s['description'] !== 'string' || s['description'] === '');
    expect(bare.map((p) => p.path)).toEqual([]);
  });

  it('accepts the $schema key an editor reads', () => {
    expect((schema['properties'] as Record<string, Node>)['$schema']).toMatchObject({ type: 'string', examples: expect.any(Array) });
    expect(schema['required']).not.toContain('$schema');
  });

  it('gives an example for every scalar property without a fixed set of values', () => {
    const open = properties(schema).filter(({ schema: s }) => isOpenScalar(s) && !hasExamples(s));
    expect(open.map((p) => p.path)).toEqual([]);
  });

  it('gives an example for every property, or for each element of a list', () => {
    const defs = (schema['$defs'] ?? {}) as Record<string, Node>;
    const resolve = (s: Node): Node => (typeof s['$ref'] === 'string' ? { ...defs[(s['$ref'] as string).replace('#/$defs/', '')], ...s } : s);
    const exemplified = (s: Node): boolean => {
      const node = resolve(s);
      if (node['type'] === 'boolean' || node['enum'] !== undefined || node['const'] !== undefined || hasExamples(node)) return true;
      if (Array.isArray(node['prefixItems'])) return (node['prefixItems'] as Node[]).every(exemplified);
      return node['type'] === 'array' && typeof node['items'] === 'object' && exemplified(node['items'] as Node);
    };
    const open = properties(schema).filter(({ schema: s }) => !exemplified(s));
    if (process.env['DUMP']) console.log(open.map((p) => p.path).join('\n'));
    expect(open.map((p) => p.path)).toEqual([]);
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
