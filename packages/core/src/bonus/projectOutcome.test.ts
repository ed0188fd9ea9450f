import { describe, expect, it } from 'vitest';
import { kaoheErrorOf } from '../evaluate/testScheme';
import { appraiseSync } from '../evaluate/appraise';
import { compile } from '../evaluate/compile';
import { projectFacts } from './projectOutcome';

const name = (en: string) => ({ 'zh-CN': en, en });

const scheme = {
  schemaVersion: 1,
  kind: 'scorecard',
  id: 'test/project',
  version: '1',
  name: name('project'),
  period: 'project',
  model: 'points',
  inputs: [
    { name: 'contractValue', type: 'money' },
    { name: 'size', type: 'string' },
    { name: 'history', type: 'events', optional: true, fields: [{ name: 'grade', type: 'string' }] },
  ],
  items: [{ id: 'x', name: name('x'), points: 100, rule: { kind: 'rated', max: 100 }, provenance: { inferred: 'test' } }],
  grades: [
    { id: 'good', name: name('good'), min: 80, factor: 1 },
    { id: 'fair', name: name('fair'), min: 50, max: 80, factor: '0.5' },
  ],
  bonus: {
    rate: '0.01',
    coefficients: [{ id: 'size', name: name('size'), fact: 'size', values: { small: '1', large: '2' } }],
    provenance: { inferred: 'test' },
  },
  sanction: { id: 'warned', name: name('warned'), grade: 'fair', count: 2, fact: 'history', provenance: { inferred: 'test' } },
};

const run = (rating: number, facts: Record<string, unknown> = {}) =>
  appraiseSync(compile(scheme), { subject: 'S', period: 'P', facts: { contractValue: 10_000, size: 'large', ...facts }, ratings: { x: rating } });


describe('projectOutcome (through appraise)', () => {
  it('grades the total and computes the bonus of any scheme that declares them', () => {
    const result = run(60);
    expect(result.grade).toEqual({ id: 'fair', name: name('fair'), interval: '[50, 80)', factor: '0.5' });
    expect(result.bonus).toMatchObject({ base: '100.00', full: '200.00', final: '100.00', pool: '100.00', director: null, shares: null });
    expect(result.sanction).toBeNull();
  });

  it('sanctions a streak read from bare grades in the history', () => {
    expect(run(60, { history: ['fair'] }).sanction).toMatchObject({ id: 'warned', streak: 2, grades: ['fair', 'fair'] });
    expect(run(90, { history: ['fair'] }).sanction).toBeNull();
  });

  it('reports a score that no grade covers', () => {
    const error = kaoheErrorOf(() => run(40));
    expect(error.code).toBe('no_grade_matched');
    expect(error.format('en')).toBe('subject S: scheme.grades: the score 40 falls in no grade');
  });

  it('reports a coefficient choice that the bonus does not know', () => {
    const error = kaoheErrorOf(() => run(90, { size: 'huge' }));
    expect(error.code).toBe('unknown_choice');
    expect(error.path).toEqual(['facts', 'size']);
  });

  it('adds nothing to schemes without grades, bonus or sanction', () => {
    const { grades: _g, bonus: _b, sanction: _s, ...plain } = scheme;
    const result = appraiseSync(compile(plain), { subject: 'S', period: 'P', facts: { contractValue: 1, size: 'small' }, ratings: { x: 60 } });
    expect('grade' in result || 'bonus' in result || 'sanction' in result).toBe(false);
  });

  it('names the facts a bonus and a sanction read', () => {
    expect([...projectFacts(compile(scheme).scheme)].sort()).toEqual(['contractValue', 'history', 'size']);
  });
});
