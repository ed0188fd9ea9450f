import { appraiseScheme, compileScheme, lint, parseOrgChart, type CompiledScheme, type SchemeSource } from '@kaohe/core';
import { resultInvariants, totalRange, type TotalRange } from './resultInvariants';
import { broken, prototypeChanged, prototypeSnapshot, verdictOfError, type Verdict } from './verdict';

/** A scheme to compile and lint, with an input to appraise if it compiles. */
export interface SchemeCase {
  readonly family: string;
  readonly scheme: unknown;
  readonly input?: unknown;
}

/** An input to appraise with a compiled preset. `plain` is false for inputs that are not plain data (a clone would differ). */
export interface InputCase {
  readonly family: string;
  readonly preset: string;
  readonly input: unknown;
  readonly plain: boolean;
}

/** A compiled scheme and the range of its total. */
export interface Target {
  readonly compiled: CompiledScheme;
  readonly range: TotalRange | undefined;
}

/** The compiled scheme with the range its totals must keep to. */
export function targetOf(compiled: CompiledScheme): Target {
  return { compiled, range: compiled.kind === 'compiledScorecard' ? totalRange(compiled.scheme) : undefined };
}

/** Runs `body` and fails the case when it changed a prototype, whatever it returned. */
async function guarded(body: () => Promise<Verdict>): Promise<Verdict> {
  const before = prototypeSnapshot();
  let verdict: Verdict;
  try {
    verdict = await body();
  } catch (error) {
    verdict = verdictOfError(error);
  }
  return prototypeChanged(before, prototypeSnapshot()) ? broken('prototype', 'a prototype changed during the case') : verdict;
}

type Appraised = { readonly text: string; readonly verdict: Verdict } | Verdict;

/** A structured clone; for nesting deeper than structuredClone's recursion allows, a JSON copy (the data is JSON). */
function cloneInput(input: unknown): unknown {
  try {
    return structuredClone(input);
  } catch (error) {
    if (error instanceof RangeError) return JSON.parse(JSON.stringify(input)) as unknown;
    throw error;
  }
}

async function appraiseOnce(target: Target, input: unknown): Promise<Appraised> {
  try {
    const result = await appraiseScheme(target.compiled, input);
    const text = JSON.stringify(result);
    if (JSON.stringify(result) !== text) return broken('bytes', 'JSON.stringify of one result gave two texts');
    return { text, verdict: resultInvariants(result, target.range) ?? { kind: 'accepted' } };
  } catch (error) {
    return verdictOfError(error);
  }
}

/**
 * Appraises an input twice (the second time a structured clone, for plain data) and checks that both
 * give the same bytes, that only our errors escape, and the result's invariants.
 */
export async function checkAppraisal(target: Target, input: unknown, plain = true): Promise<Verdict> {
  const first = await appraiseOnce(target, input);
  const again = await appraiseOnce(target, plain ? cloneInput(input) : input);
  const firstText = 'text' in first ? first.text : JSON.stringify(first);
  const againText = 'text' in again ? again.text : JSON.stringify(again);
  if (firstText !== againText) return broken('bytes', `${firstText.slice(0, 120)} ≠ ${againText.slice(0, 120)}`);
  return 'text' in first ? first.verdict : first;
}

/**
 * One scheme case: lint and compile only throw our errors; an org chart is parsed; a compiled
 * scheme appraises its input under {@link checkAppraisal}; no prototype changes.
 */
export function checkScheme(c: SchemeCase, schemes: SchemeSource): Promise<Verdict> {
  return guarded(async () => {
    if (c.family.includes('org chart')) {
      parseOrgChart(c.scheme);
      return { kind: 'accepted' };
    }
    lint(c.scheme, { schemes });
    const compiled = compileScheme(c.scheme, { schemes });
    return c.input === undefined ? { kind: 'accepted' } : checkAppraisal(targetOf(compiled), c.input);
  });
}

/** One input case against a compiled preset; an input is never refused as an invalid scheme. */
export function checkInput(c: InputCase, target: Target): Promise<Verdict> {
  return guarded(async () => {
    const verdict = await checkAppraisal(target, c.input, c.plain);
    if (verdict.kind === 'refused' && verdict.code === 'scheme_invalid') {
      return { kind: 'failed', category: 'an input refused as scheme_invalid', detail: 'the scheme compiled; the input was refused as scheme_invalid' };
    }
    return verdict;
  });
}
