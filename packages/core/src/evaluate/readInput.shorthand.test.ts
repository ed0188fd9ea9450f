import { describe, expect, it } from 'vitest';
import { KaoheError } from '../errors/KaoheError';
import { readFacts } from './readInput';

const specs = [{ name: 'gradeHistory', type: 'events' as const, fields: [{ name: 'grade', type: 'enum' as const, values: ['A', 'D'] }, { name: 'period', type: 'string' as const, optional: true }] }];

describe('events with one required field', () => {
  it('may be written as bare values', () => {
    const { facts } = readFacts(specs, { gradeHistory: ['D', { grade: 'A', period: '2026-Q2' }] }, 'Asia/Shanghai');
    const events = facts['gradeHistory'] as ReadonlyArray<{ fields: Record<string, unknown> }>;
    expect(events.map((e) => e.fields['grade'])).toEqual(['D', 'A']);
  });

  it('still check each bare value against the field', () => {
    expect(() => readFacts(specs, { gradeHistory: ['F'] }, 'Asia/Shanghai')).toThrow(KaoheError);
  });
});

describe('events read in time linear in their fields', () => {
  it('look up an undeclared field by name, not by scanning the declared ones', () => {
    let reads = 0;
    const declared = Array.from({ length: 50 }, (_, i) => ({ name: `f${i}`, type: 'string' as const, optional: true }));
    const fields = new Proxy(declared, { get: (target, key, receiver) => ((reads += 1), Reflect.get(target, key, receiver) as unknown) });
    const extra = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`x${i}`, 'y']));
    const events = Array.from({ length: 100 }, () => ({ f0: 'a', ...extra }));
    readFacts([{ name: 'log', type: 'events', fields }], { log: events }, 'Asia/Shanghai');
    // Declared fields are read once per event (about 2 reads each: the index and its value); the
    // 20 undeclared ones add nothing per event.
    expect(reads).toBeLessThan(100 * 3 * 50);
  });
});
