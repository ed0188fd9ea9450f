import { describe, expect, it } from 'vitest';
import { appraiseSync } from '../evaluate/appraise';
import { compile } from '../evaluate/compile';
import { appraiseScheme, compileScheme } from '../evaluate/compileScheme';

const name = { 'zh-CN': '测试', en: 'test' };
const provenance = { inferred: 'test' };

/** Names every object inherits from Object.prototype, but that a scheme may use for its own fields. */
const inherited = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];

const header = (kind: string, id: string) => ({ schemaVersion: 1, kind, id, version: '1', name });

describe('fields named like inherited members', () => {
  it.each(inherited)('an event that omits an optional field named %s reads it as absent, and so does an input that leaves out a fact of that name', (field) => {
    const compiled = compile({
      ...header('scorecard', 'test/own'),
      period: 'quarter',
      model: 'deduction',
      inputs: [
        { name: 'outages', type: 'events', fields: [{ name: 'at', type: 'datetime' }, { name: field, type: 'number', optional: true, default: 2 }] },
        { name: field, type: 'count', optional: true, default: 1 },
      ],
      items: [
        { id: 'O', name, rule: { kind: 'perOccurrence', source: { events: 'outages', where: { field, operator: 'equal', value: 2 } }, each: -5 }, provenance },
        { id: 'F', name, rule: { kind: 'formula', value: { op: 'neg', args: [{ fact: field }] } }, provenance },
      ],
    });
    const result = appraiseSync(compiled, { subject: 's', period: '2026-Q3', facts: { outages: [{ at: '2026-07-01T10:00:00+08:00' }] } });
    expect(result.total).toBe('94.00');
  });

  it.each(inherited)('a regime whose order timestamp and count are named %s reads an order and facts that omit them', async (field) => {
    const compiled = compileScheme({
      ...header('penaltyRegime', 'test/own-regime'),
      finePerPoint: 100,
      orders: { kinds: [{ id: 'repair', name }], timestamps: [{ name: field, label: name }] },
      counts: [{ name: field }],
      offences: [{ id: 'late', name, on: { orders: ['repair'], when: { missed: { step: field, within: { minutes: 10 } } } }, points: 1, provenance }],
    });
    const order = { id: 'o1', kind: 'repair', dispatchedAt: '2026-03-02T10:00:00+08:00' };
    const result = await appraiseScheme(compiled, { subject: 's', period: '2026-03', facts: { orders: [order] } });
    expect(result.kind === 'penaltyRegime' ? result.points : undefined).toBe('1.00');
  });
});
