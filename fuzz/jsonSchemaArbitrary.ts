import fc from 'fast-check';

/** The part of JSON Schema (draft 2020-12) that zod's `toJSONSchema` writes for our schemes. */
export interface JsonSchema {
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
  readonly type?: string | readonly string[];
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly prefixItems?: readonly JsonSchema[];
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
}

/** How {@link jsonSchemaArbitrary} draws what a schema leaves open. */
export interface JsonSchemaArbitraryOptions {
  /** How deep `$ref`s are followed before only the required properties are drawn (default 3). */
  readonly maxDepth?: number;
  /** Longest array drawn past its `minItems` (default 3). */
  readonly extraItems?: number;
  /**
   * Strings for a pattern: a few names shared by every place with the same pattern make references
   * (a rule's fact, a veto's item) resolve often enough that generated schemes get past the checks.
   */
  readonly names?: (pattern: string) => fc.Arbitrary<string> | undefined;
  /** Properties drawn as if required wherever they appear (a scorecard's `items` is optional only under `extends`). */
  readonly alsoRequired?: readonly string[];
}

/**
 * Decimals as a scheme writes them, right and wrong: the values a `["number", "string"]` field takes.
 * Mostly plain decimals so that schemes compile; sometimes what careless data holds.
 */
export const decimalLike: fc.Arbitrary<number | string> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -5, max: 120 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 4000 }).map((n) => n / 40) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 1000 }).map((n) => String(n / 10)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('1,000', 'x', '1e5', '', ' 1 ', '0x10', 'NaN', 'Infinity', '-0', '1e400', '0.' + '0'.repeat(45) + '1', '9'.repeat(45)),
  },
  { weight: 1, arbitrary: fc.constantFrom(1e308, 9007199254740992, 5e-324, -1e21, 1e-7, 0.1 + 0.2) },
);

/** Marks an optional property left out. */
const OMITTED = Symbol('omitted');

const referring = new WeakMap<JsonSchema, boolean>();
/** Whether a schema holds a `$ref` anywhere inside. */
function refers(schema: JsonSchema): boolean {
  let known = referring.get(schema);
  if (known === undefined) {
    known = JSON.stringify(schema).includes('"$ref"');
    referring.set(schema, known);
  }
  return known;
}

function typesOf(schema: JsonSchema): readonly string[] {
  if (schema.type === undefined) return [];
  return typeof schema.type === 'string' ? [schema.type] : schema.type;
}

/**
 * A fast-check arbitrary of the JSON values a JSON Schema describes (draft 2020-12, the keywords zod
 * writes: `$ref`/`$defs`, `type`, `const`, `enum`, `anyOf`/`oneOf`, `properties`/`required`,
 * `items`/`prefixItems`, lengths, `pattern` and bounds). Values fit the schema, so that the fuzzer
 * reaches past the shape checks into the refinements and the evaluator; what JSON Schema cannot say
 * (unique ids, references between parts) is left to chance and the name pools.
 *
 * @example
 * fc.sample(jsonSchemaArbitrary(scorecardJsonSchema()), { numRuns: 10, seed: 1 });
 */
export function jsonSchemaArbitrary(root: JsonSchema, options: JsonSchemaArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const maxDepth = options.maxDepth ?? 3;
  const extraItems = options.extraItems ?? 3;
  const cache = new Map<JsonSchema, Map<number, fc.Arbitrary<unknown>>>();

  const resolve = (ref: string): JsonSchema => {
    if (ref === '#') return root;
    const match = /^#\/\$defs\/(.+)$/.exec(ref);
    const target = match?.[1] === undefined ? undefined : root.$defs?.[match[1]];
    if (target === undefined) throw new Error(`unresolvable $ref ${ref}`);
    return target;
  };

  const stringOf = (schema: JsonSchema): fc.Arbitrary<string> => {
    const minLength = schema.minLength ?? 0;
    const maxLength = Math.min(schema.maxLength ?? minLength + 12, minLength + 12);
    if (schema.pattern !== undefined) {
      const named = options.names?.(schema.pattern);
      if (named !== undefined) return named;
      const pattern = new RegExp(schema.pattern);
      return fc.stringMatching(pattern).filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity));
    }
    return fc.string({ minLength, maxLength, unit: fc.constantFrom('a', 'b', '考', '核', ' ', '1') });
  };

  const numberOf = (schema: JsonSchema, integer: boolean): fc.Arbitrary<number> => {
    const min = schema.minimum ?? (schema.exclusiveMinimum === undefined ? -1000 : schema.exclusiveMinimum + 1);
    const max = schema.maximum ?? (schema.exclusiveMaximum === undefined ? 1000 : schema.exclusiveMaximum - 1);
    const whole = fc.integer({ min: Math.ceil(Math.max(min, -1e6)), max: Math.floor(Math.min(max, 1e6)) });
    return integer ? whole : fc.oneof(whole, whole.map((n) => n / 4).filter((n) => n >= min && n <= max));
  };

  const objectOf = (schema: JsonSchema, depth: number): fc.Arbitrary<unknown> => {
    const required = new Set([...(schema.required ?? []), ...Object.keys(schema.properties ?? {}).filter((key) => options.alsoRequired?.includes(key))]);
    const deep = depth >= maxDepth;
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      if (deep && !required.has(key)) continue;
      const value = build(sub, depth + 1);
      // An optional part (a bonus, grades, `extends`) comes one time in four: every part must be
      // right for a scheme to compile, and each is wrong often.
      model[key] = required.has(key) ? value : fc.oneof({ weight: 3, arbitrary: fc.constant(OMITTED) }, { weight: 1, arbitrary: value });
    }
    const known = fc.record(model).map((record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== OMITTED)));
    const extra = schema.additionalProperties;
    if (extra === undefined || extra === false || deep) return known;
    const values = extra === true ? fc.jsonValue({ maxDepth: 1 }) : build(extra, depth + 1);
    return fc.tuple(known, fc.dictionary(fc.constantFrom('k1', 'k2', 'k3'), values, { maxKeys: 2 })).map(([a, b]) => ({ ...b, ...a }));
  };

  const arrayOf = (schema: JsonSchema, depth: number): fc.Arbitrary<unknown> => {
    const minLength = schema.minItems ?? 0;
    const deep = depth >= maxDepth;
    const maxLength = Math.min(schema.maxItems ?? Infinity, minLength + (deep ? 0 : extraItems));
    if (schema.prefixItems !== undefined) return fc.tuple(...schema.prefixItems.map((item) => build(item, depth + 1)));
    const item = schema.items === undefined ? fc.jsonValue({ maxDepth: 1 }) : build(schema.items, depth + 1);
    return fc.array(item, { minLength, maxLength });
  };

  const ofType = (type: string, schema: JsonSchema, depth: number): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'object':
        return objectOf(schema, depth);
      case 'array':
        return arrayOf(schema, depth);
      case 'string':
        return stringOf(schema);
      case 'integer':
        return numberOf(schema, true);
      case 'number':
        return numberOf(schema, false);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      default:
        throw new Error(`JSON Schema type ${type} is not generated`);
    }
  };

  const uncached = (schema: JsonSchema, depth: number): fc.Arbitrary<unknown> => {
    if (schema.$ref !== undefined) {
      // Past the depth, a `$ref` that every branch needs cannot end: give up on the shape there.
      if (depth > maxDepth + 8) return fc.constant({});
      return build(resolve(schema.$ref), depth + 1);
    }
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
    const choices = schema.anyOf ?? schema.oneOf;
    if (choices !== undefined) {
      // Past the depth, prefer the branches that end (a fact comparison rather than another `all`).
      const ending = depth >= maxDepth ? choices.filter((choice) => !refers(choice)) : [];
      return fc.oneof(...(ending.length > 0 ? ending : choices).map((choice) => build(choice, depth)));
    }
    if (schema.allOf !== undefined && schema.allOf[0] !== undefined) return build(schema.allOf[0], depth);
    const types = typesOf(schema);
    // A decimal is written `["number", "string"]`: draw it from decimals, right and wrong.
    if (types.includes('number') && types.includes('string') && types.length === 2) return decimalLike;
    if (types.length === 0) return fc.jsonValue({ maxDepth: 1 });
    return fc.oneof(...types.map((type) => ofType(type, schema, depth)));
  };

  const build = (schema: JsonSchema, depth: number): fc.Arbitrary<unknown> => {
    let byDepth = cache.get(schema);
    if (byDepth === undefined) cache.set(schema, (byDepth = new Map()));
    let arbitrary = byDepth.get(depth);
    if (arbitrary === undefined) {
      arbitrary = uncached(schema, depth);
      byDepth.set(depth, arbitrary);
    }
    return arbitrary;
  };

  return build(root, 0);
}
