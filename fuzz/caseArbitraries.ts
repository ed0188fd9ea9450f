import fc from 'fast-check';
import { orgChartJsonSchema, PenaltyRegime, scorecardJsonSchema, type SchemeSource } from '@kaohe/core';
import { presets } from '@kaohe/presets';
import type { InputCase, SchemeCase } from './checkCase';
import { regimeInputArbitrary, scorecardInputArbitrary } from './inputArbitrary';
import { jsonSchemaArbitrary, type JsonSchema } from './jsonSchemaArbitrary';
import { mutated, RESERVED_NAMES } from './mutateJson';
import { seedInputs } from './seedInputs';

/**
 * A few names per pattern, shared by every field with that pattern, so that a generated rule's fact
 * is often a declared input and a veto's item an item; now and then a reserved name or a random one.
 */
function names(pattern: string): fc.Arbitrary<string> | undefined {
  const matches = (list: readonly string[]): string[] => list.filter((name) => new RegExp(pattern).test(name));
  const pool = matches(['a', 'b', 'c', 'n1', 'n2', 'good', 'A']);
  if (pool.length === 0) return undefined;
  const reserved = matches([...RESERVED_NAMES]);
  return fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...pool) },
    { weight: 1, arbitrary: reserved.length > 0 ? fc.constantFrom(...reserved) : fc.constantFrom(...pool) },
    { weight: 1, arbitrary: fc.stringMatching(new RegExp(pattern)).filter((s) => s.length <= 200) },
  );
}

/** The input a scheme accepts, drawn once the scheme is known; none when it does not resolve. */
function withInput(family: string, scheme: fc.Arbitrary<unknown>, schemes: SchemeSource): fc.Arbitrary<SchemeCase> {
  return scheme.chain((data): fc.Arbitrary<SchemeCase> => {
    let input: fc.Arbitrary<unknown>;
    try {
      const kind = (data as { kind?: unknown } | null)?.kind;
      input = kind === 'penaltyRegime' ? regimeInputArbitrary(data) : scorecardInputArbitrary(data, schemes);
    } catch {
      return fc.constant({ family, scheme: data });
    }
    return input.map((value) => ({ family, scheme: data, input: value }));
  });
}

/**
 * Scheme cases, in four families: scorecards and penalty regimes generated from their JSON Schema,
 * org charts from theirs, and every preset with one to three mutations.
 */
export function schemeCaseArbitrary(schemes: SchemeSource): fc.Arbitrary<SchemeCase> {
  const options = { names };
  const scorecards = jsonSchemaArbitrary(scorecardJsonSchema() as JsonSchema, { ...options, alsoRequired: ['period', 'model', 'items', 'inputs'] });
  const regimes = jsonSchemaArbitrary(PenaltyRegime.toJSONSchema({ io: 'input', unrepresentable: 'any' }) as JsonSchema, options);
  const orgCharts = jsonSchemaArbitrary(orgChartJsonSchema() as JsonSchema, options);
  const presetSchemes = mutated(fc.constantFrom(...presets.map((entry) => entry.scheme)));
  return fc.oneof(
    { weight: 4, arbitrary: withInput('scorecard from JSON Schema', scorecards, schemes) },
    { weight: 2, arbitrary: withInput('penalty regime from JSON Schema', regimes, schemes) },
    { weight: 1, arbitrary: orgCharts.map((scheme): SchemeCase => ({ family: 'org chart from JSON Schema', scheme })) },
    { weight: 5, arbitrary: withInput('mutated preset', presetSchemes, schemes) },
  );
}

/** Ways an input stops being plain data: an inherited field, a class instance, a prototype-less object. */
const NON_PLAIN = ['inherited', 'instance', 'nullProto'] as const;
class Input {}
function nonPlain(input: Record<string, unknown>, how: (typeof NON_PLAIN)[number]): unknown {
  switch (how) {
    case 'inherited':
      return Object.assign(Object.create({ facts: { inherited: 1 } }) as object, input);
    case 'instance':
      return Object.assign(new Input(), input);
    case 'nullProto':
      return Object.assign(Object.create(null) as object, input);
  }
}

/**
 * Input cases for the presets named: inputs drawn from its declared inputs (valid), the same with one to
 * three mutations, the worked examples mutated, and valid inputs made non-plain.
 */
export function inputCaseArbitrary(presetIds: readonly string[], schemes: SchemeSource): fc.Arbitrary<InputCase> {
  const perPreset = presets.filter((entry) => presetIds.includes(entry.id)).map((entry) => {
    const data = entry.scheme as { kind?: unknown };
    const valid = data.kind === 'penaltyRegime' ? regimeInputArbitrary(entry.scheme) : scorecardInputArbitrary(entry.scheme, schemes);
    const seeds = seedInputs(entry.id);
    const mutatedSeeds = seeds.length > 0 ? [{ weight: 2, arbitrary: mutated(fc.constantFrom(...seeds)).map((input) => ({ family: 'mutated worked example', input, plain: true })) }] : [];
    return fc
      .oneof(
        { weight: 3, arbitrary: valid.map((input) => ({ family: 'generated input', input: input as unknown, plain: true })) },
        { weight: 6, arbitrary: mutated(valid).map((input) => ({ family: 'mutated input', input, plain: true })) },
        ...mutatedSeeds,
        { weight: 1, arbitrary: fc.tuple(valid, fc.constantFrom(...NON_PLAIN)).map(([input, how]) => ({ family: 'non-plain input', input: nonPlain(input, how), plain: false })) },
      )
      .map((c): InputCase => ({ ...c, preset: entry.id }));
  });
  return fc.oneof(...perPreset);
}
