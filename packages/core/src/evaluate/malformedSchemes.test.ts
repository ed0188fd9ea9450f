import { describe, expect, it } from 'vitest';
import { isKaoheError } from '../errors/KaoheError';
import { lint } from '../lint/lint';
import { MAX_WORKING_DAYS } from '../rules/deadline';
import { MAX_DURATION_DAYS } from '../time/deadline';
import { appraiseSync } from './appraise';
import { compile } from './compile';
import { appraiseScheme, compileScheme } from './compileScheme';

const name = { 'zh-CN': '测试', en: 'test' };
const provenance = { inferred: 'test' };

const scorecard = () => ({
  schemaVersion: 1,
  kind: 'scorecard',
  id: 'test/card',
  version: '1',
  name,
  period: 'quarter',
  model: 'points',
  inputs: [
    { name: 'rate', type: 'ratio' },
    { name: 'tickets', type: 'events', dateField: 'openedAt', fields: [{ name: 'openedAt', type: 'datetime' }, { name: 'closedAt', type: 'datetime', optional: true }] },
  ],
  items: [
    { id: 'S', name, points: 50, rule: { kind: 'steps', value: { fact: 'rate' }, target: '0.8', below: { per: '0.05', change: -5 } }, provenance },
    {
      id: 'D',
      name,
      points: 50,
      rule: { kind: 'deadline', events: 'tickets', checks: [{ id: 'close', name, from: 'openedAt', to: 'closedAt', limit: { hours: 4 }, each: -5 }] },
      provenance,
    },
  ],
  grades: [{ id: 'A', name, min: 0, factor: '1' }],
});

const regime = () => ({
  schemaVersion: 1,
  kind: 'penaltyRegime',
  id: 'test/regime',
  version: '1',
  name,
  finePerPoint: 100,
  orders: { kinds: [{ id: 'repair', name }], timestamps: [{ name: 'contactedAt', label: name }] },
  offences: [{ id: 'late', name, on: { orders: ['repair'], when: { missed: { step: 'contactedAt', within: { minutes: 10 } } } }, points: '0.5', fine: 10, provenance }],
  collective: [{ id: 'joint', name, on: { orders: ['repair'], when: { missed: { step: 'contactedAt', within: { hours: 1 } } } }, fine: 10, payers: [{ role: 'lead', from: 'holder' }], provenance }],
});

type Scheme = Record<string, unknown>;

/** Sets a value deep in a fresh copy of a scheme. */
function withValue(scheme: Scheme, path: ReadonlyArray<string | number>, value: unknown): Scheme {
  const copy = structuredClone(scheme);
  let at = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1] as string | number] = value;
  return copy;
}

/** Each malformed scheme and the path its error must name: every value here failed its decimal check before a refinement read it. */
const malformed: Array<[string, Scheme, ReadonlyArray<string | number>]> = [];
for (const bad of ['x', '1,000', '', '1e5']) {
  malformed.push(
    ['grades[].factor', withValue(scorecard(), ['grades', 0, 'factor'], bad), ['grades', 0, 'factor']],
    ['steps per', withValue(scorecard(), ['items', 0, 'rule', 'below', 'per'], bad), ['items', 0, 'rule', 'below', 'per']],
    ['deadline hours', withValue(scorecard(), ['items', 1, 'rule', 'checks', 0, 'limit', 'hours'], bad), ['items', 1, 'rule', 'checks', 0, 'limit', 'hours']],
    ['finePerPoint', withValue(regime(), ['finePerPoint'], bad), ['finePerPoint']],
    ['offence points', withValue(regime(), ['offences', 0, 'points'], bad), ['offences', 0, 'points']],
    ['offence fine', withValue(regime(), ['offences', 0, 'fine'], bad), ['offences', 0, 'fine']],
    ['within minutes', withValue(regime(), ['offences', 0, 'on', 'when', 'missed', 'within', 'minutes'], bad), ['offences', 0, 'on', 'when', 'missed', 'within', 'minutes']],
    ['collective fine', withValue(regime(), ['collective', 0, 'fine'], bad), ['collective', 0, 'fine']],
    ['collective within hours', withValue(regime(), ['collective', 0, 'on', 'when', 'missed', 'within', 'hours'], bad), ['collective', 0, 'on', 'when', 'missed', 'within', 'hours']],
  );
}

function compileError(scheme: Scheme): unknown {
  try {
    compileScheme(scheme);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('malformed schemes', () => {
  it('the unmodified schemes compile and lint without errors', () => {
    expect(compileError(scorecard())).toBeUndefined();
    expect(compileError(regime())).toBeUndefined();
    expect(lint(scorecard()).filter((f) => f.severity === 'error')).toEqual([]);
    expect(lint(regime()).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each(malformed)('%s = a bad numeral is scheme_invalid at its path from compile and lint, never a RangeError', (_label, scheme, path) => {
    const error = compileError(scheme);
    expect(isKaoheError(error), String(error)).toBe(true);
    if (!isKaoheError(error)) return;
    expect(error.issues.map((issue) => [issue.code, issue.path])).toContainEqual(['scheme_invalid', path]);
    const findings = lint(scheme);
    expect(findings.map((f) => [f.code, f.severity, f.path])).toContainEqual(['scheme_invalid', 'error', path]);
  });
});

describe('durations', () => {
  const within = ['offences', 0, 'on', 'when', 'missed', 'within'];

  // 2^53 minutes is past the number limits themselves (12 integer digits), so it is refused as such;
  // the others are numbers kaohe can hold but durations longer than it computes.
  it.each([
    [{ minutes: 9007199254740992 }, 'minutes', 'limit_exceeded'],
    [{ minutes: 3660 * 24 * 60 + 1 }, 'minutes', 'scheme_invalid'],
    [{ hours: '87840.001' }, 'hours', 'scheme_invalid'],
    [{ days: 3661 }, 'days', 'scheme_invalid'],
    [{ days: 0 }, 'days', 'scheme_invalid'],
  ])('%j is refused at compile, with its path', (duration, unit, code) => {
    const error = compileError(withValue(regime(), within, duration));
    expect(isKaoheError(error), String(error)).toBe(true);
    if (isKaoheError(error)) expect(error.issues.map((i) => [i.code, i.path])).toContainEqual([code, [...within, unit]]);
  });

  it(`the longest accepted duration (${MAX_DURATION_DAYS} days) computes from the last accepted timestamp`, async () => {
    const compiled = compileScheme(withValue(regime(), within, { minutes: MAX_DURATION_DAYS * 24 * 60 }));
    const order = { id: 'o1', kind: 'repair', dispatchedAt: '9999-12-31T23:59:59+08:00' };
    const result = await appraiseScheme(compiled, { subject: 'U', period: '9999-12', facts: { orders: [order] } });
    expect(result.kind).toBe('penaltyRegime');
    if (result.kind === 'penaltyRegime') expect(result.points).toBe('0.00');
  });

  it(`working days are at most ${MAX_WORKING_DAYS}, and a calendar keeps at least one working weekday`, () => {
    const path = ['items', 1, 'rule', 'checks', 0, 'limit'];
    const tooMany = compileError(withValue(scorecard(), path, { workingDays: MAX_WORKING_DAYS + 1 }));
    expect(isKaoheError(tooMany) && tooMany.issues.some((i) => i.path.join('.') === [...path, 'workingDays'].join('.'))).toBe(true);
    expect(compileError(withValue(scorecard(), path, { workingDays: MAX_WORKING_DAYS }))).toBeUndefined();
    const noWorkday = compileError(withValue(scorecard(), path, { workingDays: 3, calendar: { weekend: [1, 2, 3, 4, 5, 6, 7] } }));
    expect(isKaoheError(noWorkday) && noWorkday.issues.some((i) => i.path.join('.') === [...path, 'calendar', 'weekend'].join('.'))).toBe(true);
  });
});

describe('a working-day calendar without enough working days', () => {
  it('is scheme_invalid when a deadline is evaluated, not a RangeError', () => {
    // Only Sundays are worked, and every Sunday of the next ten years is a holiday.
    const sundays = Array.from({ length: 530 }, (_, week) => new Date(Date.UTC(2026, 6, 5 + week * 7)).toISOString().slice(0, 10));
    const limit = { workingDays: 1, calendar: { weekend: [1, 2, 3, 4, 5, 6], holidays: sundays } };
    const compiled = compile(withValue(scorecard(), ['items', 1, 'rule', 'checks', 0, 'limit'], limit));
    const input = { subject: 's', period: '2026-Q3', facts: { rate: 1, tickets: [{ openedAt: '2026-07-01T10:00:00+08:00' }] } };
    let caught: unknown;
    try {
      appraiseSync(compiled, input);
    } catch (error) {
      caught = error;
    }
    expect(isKaoheError(caught), String(caught)).toBe(true);
    if (isKaoheError(caught)) expect([caught.code, caught.path]).toEqual(['scheme_invalid', ['scheme', 'calendar']]);
  });
});

describe('a scheme constant that a rule divides by', () => {
  const ratioCard = (target: unknown) => ({
    ...scorecard(),
    inputs: [{ name: 'rate', type: 'ratio' }],
    items: [{ id: 'R', name, points: 20, rule: { kind: 'ratio', value: { fact: 'rate' }, target }, provenance }],
    grades: undefined,
  });
  const ratedCard = (rule: Record<string, unknown>) => ({ ...scorecard(), inputs: [], items: [{ id: 'Q', name, points: 10, rule: { kind: 'rated', ...rule }, provenance }], grades: undefined });
  const raters = [{ id: 'a' }, { id: 'b' }];

  it.each([
    ['ratio target 0', ratioCard(0), ['items', 0, 'rule', 'target']],
    ['ratio target "0.00"', ratioCard('0.00'), ['items', 0, 'rule', 'target']],
    ['ratio target −1', ratioCard(-1), ['items', 0, 'rule', 'target']],
    ['rated divisor 0', ratedCard({ raters, combine: 'divisor', divisor: 0 }), ['items', 0, 'rule', 'divisor']],
    ['rater weight 0', ratedCard({ raters: [{ id: 'a', weight: 0 }, { id: 'b', weight: 1 }], combine: 'weighted' }), ['items', 0, 'rule', 'raters', 0, 'weight']],
    ['panel divisor 0', { ...ratedCard({}), panel: { raters, combine: 'divisor', divisor: '0' } }, ['panel', 'divisor']],
  ])('%s is refused by compile and reported by lint', (_label, scheme, path) => {
    const error = compileError(scheme);
    expect(isKaoheError(error), String(error)).toBe(true);
    if (isKaoheError(error)) expect(error.issues.map((i) => [i.code, i.path])).toContainEqual(['scheme_invalid', path]);
    expect(lint(scheme).map((f) => [f.code, f.path])).toContainEqual(['scheme_invalid', path]);
  });

  it('a positive ratio target still scores pro rata, and 0 measured is 0 points, never NaN', () => {
    const compiled = compile(ratioCard('0.7'));
    expect(appraiseSync(compiled, { subject: 's', period: '2026-Q3', facts: { rate: 0 } }).total).toBe('0.00');
    expect(appraiseSync(compiled, { subject: 's', period: '2026-Q3', facts: { rate: '0.35' } }).total).toBe('10.00');
  });
});

describe('item points', () => {
  const card = (points: unknown) => ({ ...scorecard(), inputs: [], grades: undefined, items: [{ id: 'X', name, points, rule: { kind: 'rated' }, provenance }] });

  it.each([-5, '-0.01'])('negative points (%j) are refused by compile and lint, with the path', (points) => {
    const error = compileError(card(points));
    expect(isKaoheError(error), String(error)).toBe(true);
    if (isKaoheError(error)) expect(error.issues.map((i) => [i.code, i.path])).toContainEqual(['scheme_invalid', ['items', 0, 'points']]);
    expect(lint(card(points)).map((f) => [f.code, f.severity, f.path])).toContainEqual(['scheme_invalid', 'error', ['items', 0, 'points']]);
  });

  it('0 points and positive points compile', () => {
    expect(compileError(card(0))).toBeUndefined();
    expect(compileError(card('12.5'))).toBeUndefined();
  });
});

describe('names no input can supply', () => {
  const card = scorecard();
  it.each(['constructor', 'prototype', '__proto__'])('%s is refused as a fact, event field, item or rater name, with the path', (reserved) => {
    const cases: Array<[Scheme, ReadonlyArray<string | number>]> = [
      [withValue(withValue(card, ['inputs', 0, 'name'], reserved), ['items', 0, 'rule', 'value', 'fact'], reserved), ['inputs', 0, 'name']],
      [withValue(card, ['inputs', 1, 'fields', 1, 'name'], reserved), ['inputs', 1, 'fields', 1, 'name']],
      [withValue(card, ['items', 0, 'id'], reserved), ['items', 0, 'id']],
      [withValue(card, ['items', 0], { id: 'Q', name, points: 10, rule: { kind: 'rated', raters: [{ id: reserved }] }, provenance }), ['items', 0, 'rule', 'raters', 0, 'id']],
      [withValue(regime(), ['orders', 'timestamps', 0, 'name'], reserved), ['orders', 'timestamps', 0, 'name']],
    ];
    for (const [scheme, path] of cases) {
      const error = compileError(scheme);
      expect(isKaoheError(error), String(error)).toBe(true);
      if (isKaoheError(error)) expect(error.issues.map((i) => [i.code, i.path])).toContainEqual(['scheme_invalid', path]);
      expect(lint(scheme).map((f) => [f.code, f.path])).toContainEqual(['scheme_invalid', path]);
    }
  });
});
