import { describe, expect, it, vi } from 'vitest';
import { KaoheError, isKaoheError } from './KaoheError';

const issue = { code: 'scheme_invalid', path: ['items', 0], params: { detail: 'x' } } as const;

/** A second copy of this module, as an app that loads both the ESM and the CommonJS build has. */
async function otherCopy(): Promise<typeof import('./KaoheError')> {
  vi.resetModules();
  return import('./KaoheError');
}

describe('KaoheError across copies of kaohe', () => {
  it('is instanceof the KaoheError of another copy, both ways, and isKaoheError agrees', async () => {
    const other = await otherCopy();
    expect(other.KaoheError).not.toBe(KaoheError);
    const theirs = new other.KaoheError(issue);
    const ours = new KaoheError(issue);
    expect(theirs instanceof KaoheError).toBe(true);
    expect(ours instanceof other.KaoheError).toBe(true);
    expect(isKaoheError(theirs) && other.isKaoheError(ours)).toBe(true);
  });

  it('is not fooled by plain errors, look-alikes without the brand or non-objects', () => {
    const lookalike = Object.assign(new Error('x'), { code: 'scheme_invalid', issues: [] });
    expect(new Error('x') instanceof KaoheError).toBe(false);
    expect(lookalike instanceof KaoheError).toBe(false);
    for (const value of [null, undefined, 'KaoheError', 1] as unknown[]) expect(value instanceof KaoheError).toBe(false);
  });

  it('keeps the ordinary check for subclasses', () => {
    class SchemeError extends KaoheError {}
    expect(new SchemeError(issue) instanceof SchemeError).toBe(true);
    expect(new SchemeError(issue) instanceof KaoheError).toBe(true);
    expect(new KaoheError(issue) instanceof SchemeError).toBe(false);
  });

  it('adds no own property: JSON and structuredClone see the same data as before', () => {
    const error = new KaoheError(issue);
    expect(Object.getOwnPropertySymbols(error)).toEqual([]);
    expect(JSON.parse(JSON.stringify(error))).toEqual({ ...issue, path: ['items', 0], message: error.message, issues: [issue] });
  });
});
