import { isKaoheError } from '@kaohe/core';
import { isAdapterError } from '@kaohe/adapters';

/**
 * What one fuzz case came to: accepted (every invariant held), refused with a stable error code, or a
 * failure: an error that is not ours escaped, a NaN, or an invariant broke.
 */
export type Verdict =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'refused'; readonly code: string }
  | { readonly kind: 'failed'; readonly category: string; readonly detail: string };

/** The failure categories that are not escapes of a foreign error. */
export const INVARIANTS = {
  nan: 'NaN in a result',
  notDecimal: 'an amount is not a plain finite decimal',
  lines: "an item's lines do not add up to its points",
  items: 'the items and total lines do not add up to the total',
  range: "the total is outside the scheme's possible range",
  regimeLines: "a regime's lines do not add up to its points or fine",
  bytes: 'the same input gave different bytes',
  prototype: 'Object.prototype or Array.prototype changed',
} as const;

/** A failure verdict for a broken invariant. */
export function broken(invariant: keyof typeof INVARIANTS, detail: string): Verdict {
  return { kind: 'failed', category: INVARIANTS[invariant], detail };
}

/**
 * The category of an error: our own errors are refusals by code; anything else escaped, grouped by
 * its name and its message with quoted values and numbers blanked out (`RangeError: not a decimal
 * numeral: "…"`), so that one cause is one category.
 */
export function verdictOfError(error: unknown): Verdict {
  if (isKaoheError(error)) return { kind: 'refused', code: error.code };
  if (isAdapterError(error)) return { kind: 'refused', code: `adapter:${error.code}` };
  const name = error instanceof Error ? error.name : typeof error;
  const message = error instanceof Error ? error.message : String(error);
  const shape = message
    .split('\n')[0]!
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/'(?:[^'\\]|\\.)*'/g, "'…'")
    .replace(/-?\d[\d.e+-]*/gi, 'N')
    .slice(0, 160);
  const where = error instanceof Error ? (error.stack?.split('\n').find((line) => line.trim().startsWith('at '))?.trim() ?? '') : '';
  return { kind: 'failed', category: `escape ${name}: ${shape}`, detail: `${name}: ${message.slice(0, 500)} (${where})` };
}

/** A snapshot of the own properties of Object.prototype and Array.prototype, to tell whether a case changed them. */
export function prototypeSnapshot(): readonly unknown[] {
  const out: unknown[] = [];
  for (const proto of [Object.prototype, Array.prototype, Function.prototype, String.prototype]) {
    for (const key of Reflect.ownKeys(proto)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(proto, key);
      out.push(key, descriptor?.value, descriptor?.get, descriptor?.set);
    }
    out.push(Object.getPrototypeOf(proto));
  }
  return out;
}

/** Whether two prototype snapshots differ. */
export function prototypeChanged(before: readonly unknown[], after: readonly unknown[]): boolean {
  return before.length !== after.length || before.some((value, i) => !Object.is(value, after[i]));
}
