import type { Engine, TopLevelCondition } from 'json-rules-engine';
import * as z from 'zod';
import { Decimal, isDecimalString, toDecimal } from '../decimal';
import type { EvaluationContext, RuleOutcome } from './context';
import { factToJson } from './factValue';
import { DecimalLikeSchema } from '../model/common';
import type { RuleItem } from './ruleKit';
import { FactName } from '../model/predicate';
import { awardKind, line, show } from './ruleKit';

/** The json-rules-engine operators a `condition` rule may use. Numeric ones compare exactly, as decimals. */
export const ConditionOperator = z
  .enum(['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'in', 'notIn', 'contains', 'doesNotContain'])
  .describe('A json-rules-engine operator; numeric ones compare exactly, as decimals.');

const Scalar = z.union([z.number().refine(Number.isFinite), z.string(), z.boolean(), z.null()]);

/** A JSONPath into a fact, limited to plain member and index steps: `$.a.b[0]`. No filters, no scripts. */
const SafeJsonPath = z
  .string()
  .regex(/^\$(\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])*$/, { message: 'json path' })
  .meta({ description: 'A JSONPath into the fact, with plain member and index steps only.', examples: ['$.a.b[0]'] });

/** A json-rules-engine condition (leaf or `all`/`any`/`not`), checked before the engine ever sees it. */
export type ConditionJson =
  | { all: ConditionJson[] }
  | { any: ConditionJson[] }
  | { not: ConditionJson }
  | {
      fact: string;
      operator: z.infer<typeof ConditionOperator>;
      value: z.infer<typeof Scalar> | Array<z.infer<typeof Scalar>> | { fact: string };
      path?: string;
    };

/** Schema of {@link ConditionJson}, typed on both sides (a condition is written as it is read). */
export const ConditionJson: z.ZodType<ConditionJson, ConditionJson> = z.lazy(() =>
  z.union([
    z.strictObject({ all: ConditionList.describe('Holds when every condition holds.') }),
    z.strictObject({ any: ConditionList.describe('Holds when at least one condition holds.') }),
    // A recursive reference stays bare: a described copy of the lazy schema would recurse without end.
    z.strictObject({ not: ConditionJson }),
    z.strictObject({
      fact: FactName.describe('The fact compared.'),
      operator: ConditionOperator,
      value: z.union([Scalar, z.array(Scalar), z.strictObject({ fact: FactName.describe('Another fact, compared with.') })]).meta({ description: 'The value compared with, or `{ "fact": name }` for another fact.', examples: [10, ['gold', 'silver'], { fact: 'target' }] }),
      path: SafeJsonPath.optional().describe('A path into the fact\'s value; the whole value unless set.'),
    }),
  ]),
).meta({
  description: 'A json-rules-engine condition: `all`/`any`/`not`, or a comparison of a fact.',
  examples: [{ fact: 'tickets', operator: 'greaterThan', value: 10 }, { fact: 'profile', path: '$.level', operator: 'in', value: ['gold', 'silver'] }],
});

/** A list of conditions, at least one. */
const ConditionList = z.array(ConditionJson).min(1);

/** `condition`: points when a json-rules-engine condition holds, for what the built-in kinds do not cover. Asynchronous. */
export const ConditionRule = z.strictObject({
  kind: z.literal('condition').describe('Points when a json-rules-engine condition holds; asynchronous.'),
  when: z
    .union([
      z.strictObject({ all: ConditionList.describe('Holds when every condition holds.') }),
      z.strictObject({ any: ConditionList.describe('Holds when at least one condition holds.') }),
      z.strictObject({ not: ConditionJson.describe('Holds when this condition does not.') }),
    ])
    .meta({ description: 'The condition, with `all`, `any` or `not` at the top as json-rules-engine requires.', examples: [{ all: [{ fact: 'tickets', operator: 'greaterThan', value: 10 }] }] }),
  points: DecimalLikeSchema.describe('The points when the condition holds.'),
  otherwise: DecimalLikeSchema.default(0).describe('The points when it does not; 0 unless set.'),
});
/** A condition rule. */
export type ConditionRule = z.infer<typeof ConditionRule>;

function asDecimal(value: unknown): Decimal | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return new Decimal(value);
  if (typeof value === 'string' && isDecimalString(value)) return new Decimal(value.trim());
  return undefined;
}

function decimalOperator(test: (cmp: number) => boolean) {
  return (factValue: unknown, jsonValue: unknown): boolean => {
    const a = asDecimal(factValue);
    const b = asDecimal(jsonValue);
    return a !== undefined && b !== undefined && test(a.comparedTo(b));
  };
}

function decimalEqual(factValue: unknown, jsonValue: unknown): boolean {
  const a = asDecimal(factValue);
  const b = asDecimal(jsonValue);
  if (a !== undefined && b !== undefined) return a.equals(b);
  return factValue === jsonValue;
}

/**
 * A condition rule's engine, loaded on first use: json-rules-engine (with jsonpath-plus and an event
 * emitter) is only imported by a program that appraises a scheme with `condition` rules. Those rules
 * only run in the asynchronous {@link appraise} (appraiseSync refuses them), so waiting for the
 * import there costs nothing any other scheme pays, and `compile` stays synchronous.
 */
export interface ConditionEngine {
  /** Whether the condition holds for a subject's facts as plain JSON. */
  readonly holds: (facts: Record<string, unknown>) => Promise<boolean>;
}

/** A json-rules-engine Engine for one condition, its numeric operators replaced by exact decimal ones. */
async function loadConditionEngine(rule: ConditionRule): Promise<Engine> {
  const { Engine } = await import('json-rules-engine');
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('equal', decimalEqual);
  engine.addOperator('notEqual', (a: unknown, b: unknown) => !decimalEqual(a, b));
  engine.addOperator('lessThan', decimalOperator((c) => c < 0));
  engine.addOperator('lessThanInclusive', decimalOperator((c) => c <= 0));
  engine.addOperator('greaterThan', decimalOperator((c) => c > 0));
  engine.addOperator('greaterThanInclusive', decimalOperator((c) => c >= 0));
  engine.addOperator('in', (a: unknown, b: unknown) => Array.isArray(b) && b.some((x) => decimalEqual(a, x)));
  engine.addOperator('notIn', (a: unknown, b: unknown) => Array.isArray(b) && !b.some((x) => decimalEqual(a, x)));
  engine.addOperator('contains', (a: unknown, b: unknown) => Array.isArray(a) && a.some((x) => decimalEqual(x, b)));
  engine.addOperator('doesNotContain', (a: unknown, b: unknown) => Array.isArray(a) && !a.some((x) => decimalEqual(x, b)));
  engine.addRule({ conditions: rule.when as TopLevelCondition, event: { type: 'met' } });
  return engine;
}

/** The engine of one condition rule, built the first time it runs and then kept. */
export function createConditionEngine(rule: ConditionRule): ConditionEngine {
  let engine: Promise<Engine> | undefined;
  return {
    holds: async (facts) => {
      engine ??= loadConditionEngine(rule);
      const { events } = await (await engine).run(facts);
      return events.length > 0;
    },
  };
}

/** The facts of a subject as plain JSON for json-rules-engine: decimals as exact strings. */
export function factsAsJson(ctx: EvaluationContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(ctx.facts)) out[name] = factToJson(value);
  return out;
}

/** Evaluates a condition rule through its engine. */
export async function evaluateCondition(rule: ConditionRule, engine: ConditionEngine, item: RuleItem, ctx: EvaluationContext): Promise<RuleOutcome> {
  const met = await engine.holds(factsAsJson(ctx));
  const points = toDecimal(met ? rule.points : rule.otherwise);
  return {
    score: points,
    lines: ctx.explain === false ? [] : [line(met ? 'condition.met' : 'condition.unmet', awardKind(item, points), points, `${met ? 'met' : 'not met'} → ${show(points)}`, { condition: JSON.stringify(rule.when) })],
  };
}

/** Facts a condition rule reads. */
export function conditionFacts(rule: ConditionRule): Set<string> {
  const facts = new Set<string>();
  const visit = (c: ConditionJson): void => {
    if ('all' in c) c.all.forEach(visit);
    else if ('any' in c) c.any.forEach(visit);
    else if ('not' in c) visit(c.not);
    else {
      facts.add(c.fact);
      if (typeof c.value === 'object' && c.value !== null && !Array.isArray(c.value)) facts.add(c.value.fact);
    }
  };
  visit(rule.when as ConditionJson);
  return facts;
}
