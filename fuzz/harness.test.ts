import fc from 'fast-check';
import { appraiseSync, compile, compileScheme, Decimal, scorecardJsonSchema, type Appraisal } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { describe, expect, it } from 'vitest';
import { jsonSchemaArbitrary, type JsonSchema } from './jsonSchemaArbitrary';
import { mutateJson } from './mutateJson';
import { resultInvariants, totalRange } from './resultInvariants';
import { INVARIANTS, prototypeChanged, prototypeSnapshot, verdictOfError } from './verdict';
import { exampleC } from '../packages/presets/src/fixtures';

// The harness's own parts: a fuzzer that cannot see a failure proves nothing.

const presales = compile(getPreset('tech-support-center/presales-engineer')?.scheme, { schemes: presetSchemes });
const result = (): Appraisal => structuredClone(appraiseSync(presales, { subject: 'E-001', period: '2026-Q3', ...exampleC }));
const range = totalRange(presales.scheme);
const category = (appraisal: Appraisal): string | undefined => {
  const verdict = resultInvariants(appraisal, range);
  return verdict?.kind === 'failed' ? verdict.category : undefined;
};

describe('result invariants', () => {
  it('hold for a worked example (Example C, 90.14)', () => {
    expect(result().total).toBe('90.14');
    expect(resultInvariants(result(), range)).toBeUndefined();
    expect(range.min.toString()).toBe('0');
    expect(range.max?.toString()).toBe('100');
  });

  it('see a line that does not add up, a total that does not add up, a NaN, an exponent and a total out of range', () => {
    const lines = result();
    const line = lines.items[0]?.lines[0] as { amount: string };
    line.amount = '1';
    expect(category(lines)).toBe(INVARIANTS.lines);
    expect(category({ ...result(), total: '90.15' })).toBe(INVARIANTS.items);
    expect(category({ ...result(), total: 'NaN' })).toBe(INVARIANTS.nan);
    expect(category({ ...result(), total: '1e+40' })).toBe(INVARIANTS.notDecimal);
    const high = result();
    const first = high.items[0] as unknown as { points: string; lines: Array<{ amount: string }> };
    first.points = '110';
    first.lines = [{ ...(first.lines[0] as { amount: string }), amount: '110' }];
    const total = high.items.reduce((sum, item) => sum + Number(item.points) * 100, 0) / 100;
    expect(category({ ...high, total: total.toFixed(2) })).toBe(INVARIANTS.range);
  });

  it('read a bound written with spaces as the evaluator does', () => {
    const padded = totalRange({ ...presales.scheme, items: presales.scheme.items.map((item) => ({ ...item, points: ` ${String(item.points)} ` })) });
    expect(padded.max?.toString()).toBe('100');
  });

  it('hold a total to its range rounded as totals are: a floor of 9.875 prints 9.88', () => {
    const floored = { min: new Decimal('9.875'), max: new Decimal('9.875') };
    expect(resultInvariants({ ...result(), items: [], lines: [{ ...(result().lines[0] ?? ({} as Appraisal['lines'][number])), amount: '9.88' }], total: '9.88' }, floored)).toBeUndefined();
    expect(resultInvariants({ ...result(), items: [], lines: [{ ...(result().lines[0] ?? ({} as Appraisal['lines'][number])), amount: '9.89' }], total: '9.89' }, floored)?.kind).toBe('failed');
  });
});

describe('errors', () => {
  it('are refusals by code when ours, escapes grouped by message shape when not', () => {
    expect(verdictOfError(new RangeError('not a decimal numeral: "x"'))).toMatchObject({ kind: 'failed', category: 'escape RangeError: not a decimal numeral: "…"' });
    expect(verdictOfError(new RangeError('not a decimal numeral: "1,000"'))).toMatchObject({ category: 'escape RangeError: not a decimal numeral: "…"' });
    try {
      compileScheme({ kind: 'nothing' });
    } catch (error) {
      expect(verdictOfError(error)).toEqual({ kind: 'refused', code: 'scheme_invalid' });
    }
  });

  it('a changed prototype is seen', () => {
    const before = prototypeSnapshot();
    Object.defineProperty(Object.prototype, 'polluted', { value: 1, configurable: true });
    try {
      expect(prototypeChanged(before, prototypeSnapshot())).toBe(true);
    } finally {
      delete (Object.prototype as Record<string, unknown>)['polluted'];
    }
    expect(prototypeChanged(before, prototypeSnapshot())).toBe(false);
  });
});

describe('mutateJson', () => {
  it('puts bad numbers where numbers were, and reserved keys as own keys without touching prototypes', () => {
    const before = prototypeSnapshot();
    expect(mutateJson({ a: 1 }, [{ kind: 'badNumber', at: 0, pick: 0 }])).toEqual({ a: '1,000' });
    // pick 0: `b` renamed to `__proto__`; pick 1: `constructor` added beside it.
    const renamed = mutateJson({ a: { b: 1 } }, [{ kind: 'reserved', at: 1, pick: 0 }]) as { a: object };
    expect(Object.keys(renamed.a)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(renamed.a)).toBe(Object.prototype);
    const added = mutateJson({ a: { b: 1 } }, [{ kind: 'reserved', at: 1, pick: 1 }]) as { a: object };
    expect(Object.keys(added.a)).toEqual(['b', 'constructor']);
    expect(prototypeChanged(before, prototypeSnapshot())).toBe(false);
  });

  it('nests, duplicates and drops', () => {
    expect(mutateJson([1, 2], [{ kind: 'duplicate', at: 0, pick: 1 }])).toEqual([1, 2, 2]);
    expect(mutateJson({ a: 1, b: 2 }, [{ kind: 'drop', at: 0, pick: 1 }])).toEqual({ a: 1 });
    expect(JSON.stringify(mutateJson({ a: 1 }, [{ kind: 'nest', at: 1, pick: 0 }]))).toBe('{"a":[[[1]]]}');
  });
});

describe('jsonSchemaArbitrary', () => {
  it('draws scorecards of the JSON Schema, and names shared enough that some compile', () => {
    const schemes = fc.sample(jsonSchemaArbitrary(scorecardJsonSchema() as JsonSchema, { names: () => fc.constantFrom('a', 'b'), alsoRequired: ['period', 'model', 'items', 'inputs'] }), { seed: 7, numRuns: 200 });
    for (const scheme of schemes) expect(scheme).toMatchObject({ schemaVersion: 1, kind: 'scorecard' });
    const compiled = schemes.filter((scheme) => {
      try {
        compileScheme(scheme, { schemes: presetSchemes });
        return true;
      } catch {
        return false;
      }
    });
    expect(compiled.length).toBeGreaterThan(0);
  });
});
