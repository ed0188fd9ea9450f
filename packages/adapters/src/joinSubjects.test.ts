import { describe, expect, it } from 'vitest';
import { joinSubjects, type SubjectSource } from './joinSubjects.js';

const crm: SubjectSource = {
  name: 'salesforce opportunities.json',
  primary: true,
  parts: [
    { subject: 'PRJ-1', name: '项目一', facts: { contractValue: '1500000', acceptedOn: '2026-09-10' } },
    { subject: 'PRJ-2', facts: { contractValue: 2000000 } },
  ],
};

describe('joinSubjects', () => {
  it('joins facts, ratings of several raters and history by subject', () => {
    const { inputs, issues } = joinSubjects(
      [
        crm,
        { name: 'ratings.xlsx', primary: false, parts: [{ subject: 'PRJ-1', ratings: { quality: { self: 28 } } }, { subject: 'PRJ-2', ratings: { quality: 27 } }] },
        { name: 'superior.csv', primary: false, parts: [{ subject: 'PRJ-1', ratings: { quality: { superior: 27 } } }] },
        { name: 'earlier.jsonl', primary: false, parts: [{ subject: 'PRJ-1', facts: { gradeHistory: [{ grade: 'D' }] } }, { subject: 'PRJ-2', facts: { gradeHistory: [] } }] },
      ],
      { period: '2026-Q3' },
    );
    expect(inputs).toEqual([
      { subject: 'PRJ-1', name: '项目一', period: '2026-Q3', facts: { contractValue: '1500000', acceptedOn: '2026-09-10', gradeHistory: [{ grade: 'D' }] }, ratings: { quality: { self: 28, superior: 27 } } },
      { subject: 'PRJ-2', period: '2026-Q3', facts: { contractValue: 2000000, gradeHistory: [] }, ratings: { quality: 27 } },
    ]);
    expect(issues.map((i) => i.message.en)).toEqual(['Subject PRJ-2 is in salesforce opportunities.json, ratings.xlsx, earlier.jsonl but not in superior.csv; it is appraised without superior.csv.']);
  });

  it('a fact two sources give differently is an error naming both sources and values, and the subject is left out', () => {
    const { inputs, issues } = joinSubjects([crm, { name: 'facts.json', primary: false, parts: [{ subject: 'PRJ-1', facts: { contractValue: '1,600,000.00', acceptedOn: '2026-09-10' } }, { subject: 'PRJ-2', facts: { contractValue: '2,000,000.00' } }] }]);
    expect(inputs.map((i) => i.subject)).toEqual(['PRJ-2']);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.error).toBe(true);
    expect(issues[0]?.message.en).toBe('Subject PRJ-1: facts.contractValue is "1500000" in salesforce opportunities.json but "1,600,000.00" in facts.json; correct one of them: the subject is not appraised.');
    expect(issues[0]?.message['zh-CN']).toContain('facts.contractValue 在 salesforce opportunities.json 中为 "1500000"，在 facts.json 中为 "1,600,000.00"');
  });

  it('a subject only in a secondary source is listed and not appraised', () => {
    const { inputs, issues } = joinSubjects([crm, { name: 'ratings.xlsx', primary: false, parts: [{ subject: 'PRJ-1', ratings: { quality: 28 } }, { subject: 'PRJ-2', ratings: { quality: 27 } }, { subject: 'PRJ-9', ratings: { quality: 20 } }] }]);
    expect(inputs.map((i) => i.subject)).toEqual(['PRJ-1', 'PRJ-2']);
    expect(issues.map((i) => [i.code, i.subject, i.error])).toEqual([['joinSubjectUnused', 'PRJ-9', false]]);
    expect(issues[0]?.message.en).toBe('Subject PRJ-9 is only in ratings.xlsx, not in salesforce opportunities.json: it is not appraised.');
  });

  it('the same rater rating an item differently in two sheets is a conflict', () => {
    const { issues } = joinSubjects([crm, { name: 'a.csv', primary: false, parts: [{ subject: 'PRJ-2', ratings: { quality: { self: 28 } } }] }, { name: 'b.csv', primary: false, parts: [{ subject: 'PRJ-2', ratings: { quality: { self: 26 } } }] }]);
    expect(issues.filter((i) => i.code === 'joinConflict').map((i) => i.params['key'])).toEqual(['ratings.quality.self']);
  });
});
