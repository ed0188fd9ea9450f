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
