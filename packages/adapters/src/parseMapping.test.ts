import { describe, expect, it } from 'vitest';
import { AdapterError } from './AdapterError.js';
import { DEFAULT_MAPPINGS, defaultMapping } from './defaultMappings.js';
import { parseMapping } from './parseMapping.js';

const minimal = {
  schemaVersion: 1,
  id: 'm',
  tables: [{ id: 't', mode: 'perSubject', columns: [{ to: 'subject', headers: ['工号'] }] }],
};

describe('parseMapping', () => {
  it('validates every default mapping', () => {
    for (const id of Object.keys(DEFAULT_MAPPINGS)) expect(defaultMapping(id).id).toBe(id);
    expect(defaultMapping('tech-support-center/presales-engineer').tables[0]!.columns.map((c) => c.to)).toEqual([
      'subject', 'name', 'period', 'projectsApproved', 'projectsWon', 'salesTargetAchievement',
      'ratings.P3', 'ratings.P4.projectManager', 'ratings.P4.sales', 'ratings.P5',
    ]);
  });

  it('fills in defaults', () => {
    const m = parseMapping(minimal);
    expect(m.timeZone).toBe('Asia/Shanghai');
    expect(m.tables[0]!.headerSearchRows).toBe(20);
    expect(m.tables[0]!.columns[0]).toMatchObject({ type: 'text', required: true, allowEmpty: false });
  });

  it('maps a name column of a subject table to the input\'s name, and refuses it in an event table or as anything but text', () => {
    const columns = [{ to: 'subject', headers: ['工号'] }, { to: 'name', headers: ['姓名'], required: false }];
    expect(parseMapping({ ...minimal, tables: [{ id: 't', mode: 'perSubject', columns }] }).tables[0]!.columns[1]).toMatchObject({ to: 'name', type: 'text' });
    const events = { ...minimal, tables: [{ id: 't', mode: 'perEvent', fact: 'outages', columns }] };
    expect(() => parseMapping(events)).toThrow(
      expect.objectContaining({
        code: 'mappingInvalid',
        params: { issues: "tables.0.columns.1.to: name (the subject's display name) is for perSubject tables; use fields.name for an event field" },
      }),
    );
    const typed = { ...minimal, tables: [{ id: 't', mode: 'perSubject', columns: [columns[0], { ...columns[1], type: 'integer' }] }] };
    expect(() => parseMapping(typed)).toThrow(
      expect.objectContaining({ code: 'mappingInvalid', params: { issues: 'tables.0.columns.1.type: a name column is text' } }),
    );
  });

  it('accepts JSON text', () => {
    expect(parseMapping(JSON.stringify(minimal)).id).toBe('m');
  });

  it.each([
    ['a prototype key', '{"schemaVersion":1,"id":"m","tables":[],"__proto__":{"x":1}}'],
    ['a target that names the prototype', { ...minimal, tables: [{ ...minimal.tables[0], columns: [{ to: 'subject', headers: ['a'] }, { to: 'ratings.__proto__', headers: ['b'] }] }] }],
    ['a table without subject', { ...minimal, tables: [{ id: 't', mode: 'perSubject', columns: [{ to: 'x', headers: ['x'] }] }] }],
    ['an event table without fact', { ...minimal, tables: [{ ...minimal.tables[0], mode: 'perEvent' }] }],
    ['a choice without values', { ...minimal, tables: [{ ...minimal.tables[0], columns: [{ to: 'subject', headers: ['a'] }, { to: 'x', headers: ['x'], type: 'choice' }] }] }],
    ['an unknown time zone', { ...minimal, timeZone: 'Mars/Olympus' }],
    ['an unknown key', { ...minimal, extra: true }],
    ['not JSON', '{'],
  ])('refuses %s', (_, input) => {
    expect(() => parseMapping(input)).toThrow(AdapterError);
    try {
      parseMapping(input);
    } catch (error) {
      expect((error as AdapterError).code).toBe('mappingInvalid');
    }
  });

  it('names unknown presets', () => {
    expect(() => defaultMapping('nope')).toThrow(/no default mapping for "nope"/);
  });
});
