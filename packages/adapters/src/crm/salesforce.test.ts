import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appraiseSync, compile, type Appraisal } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { describe, expect, it } from 'vitest';
import { isAdapterError } from '../AdapterError.js';
import { crmProfile } from './crmProfiles.js';
import { readCrmProjects, type CrmRead } from './readCrmProjects.js';
import { salesforceRecords } from './salesforceRecords.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/crm/salesforce/${name}`, import.meta.url)), 'utf8'));
const opportunities = fixture('opportunities.json');
const history = fixture('opportunity-field-history.json');
const profile = crmProfile('salesforce');

const PRESALES = 'tech-department/presales-project';
const IMPLEMENTATION = 'tech-department/implementation-project';
const AFTER_SALES = 'tech-department/after-sales-project';

interface Example {
  readonly subject: string;
  readonly name: string;
  readonly period: string;
  readonly facts: Record<string, unknown>;
  readonly ratings: Record<string, unknown>;
}

const example = (name: string): Example => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../../examples/subjects/${name}`, import.meta.url)), 'utf8')) as Example;

/** The JSON inputs of SCHEMES.md §4's Examples H, I and J; their ratings come from the raters' spreadsheet, not the CRM. */
const examples: Record<string, Example> = {
  [PRESALES]: example('example-h.json'),
  [IMPLEMENTATION]: example('example-i.json'),
  [AFTER_SALES]: example('example-j.json'),
};

function read(schemeId: string, records = salesforceRecords(opportunities, history)): CrmRead {
  return readCrmProjects(records, { profile, schemeId, scorecard: getPreset(schemeId)?.scheme, schemes: presetSchemes });
}

function appraised(schemeId: string, subject: string, facts: Record<string, unknown>): Appraisal {
  const { period, ratings } = examples[schemeId] as Example;
  return appraiseSync(compile(getPreset(schemeId)?.scheme, { schemes: presetSchemes }), { subject, period, facts, ratings });
}

/** What must agree: items, total, grade, outcome, sanction and the whole bonus with its lines. */
function figures(a: Appraisal): unknown {
  return { total: a.total, grade: a.grade?.id, outcome: a.outcome, items: a.items.map((i) => [i.id, i.points]), bonus: a.bonus, sanction: a.sanction };
}

describe('Salesforce opportunities through the shipped profile', () => {
  it.each(Object.keys(examples))('appraise %s to the same grade and bonus as its example', (schemeId) => {
    const result = read(schemeId);
    const { subject, name, facts } = examples[schemeId] as Example;
    const project = result.projects.find((p) => p.subject === subject);
    expect(project, JSON.stringify(result.issues.map((i) => i.messages.en))).toBeDefined();
    expect(project?.name).toBe(name);
    const fromCrm = appraised(schemeId, subject, project?.facts ?? {});
    // the CRM records Example I's payments; its JSON input predates them, so the collection day is added to compare whole results
    const fromJson = appraised(schemeId, subject, schemeId === IMPLEMENTATION ? { ...facts, finalPaymentCollectedOn: '2026-09-23' } : facts);
    expect(figures(fromCrm)).toEqual(figures(fromJson));
    expect(fromCrm.bonus?.final).toBe({ [PRESALES]: '9680.00', [IMPLEMENTATION]: '8640.00', [AFTER_SALES]: '1250.00' }[schemeId]);
  });

  it('reads stage days in the profile zone, counting a re-entered stage from its first entry', () => {
    const h = read(PRESALES).projects.find((p) => p.subject === 'PRJ-2026-001');
    // created in stage 2 on 06-01, back to 2 on 06-12; stage 4 left at 17:30 UTC on 06-27, which is 06-28 in Beijing
    expect(h?.facts['actualDays']).toBe(27);
    expect(h?.provenance['actualDays']?.map((p) => [p.object, p.recordId])).toEqual([
      ['Opportunity', '006J8000004HfQ1IAK'],
      ['OpportunityFieldHistory', '017J800000Aa005IAA'],
    ]);
    expect(h?.facts['leaderShare']).toBe('0.4');
  });

  it('says where every fact came from', () => {
    const i = read(IMPLEMENTATION).projects.find((p) => p.subject === 'PRJ-2026-002');
    expect(i?.provenance['contractValue']).toEqual([{ source: 'salesforce', object: 'Opportunity', recordId: '006J8000004HfQ2IAK', field: 'Amount', value: '1500000' }]);
    expect(Object.keys(i?.provenance ?? {}).sort()).toEqual(Object.keys(i?.facts ?? {}).sort());
  });

  it('takes the final payment from the last instalment collected, retention money excluded', () => {
    const i = read(IMPLEMENTATION).projects.find((p) => p.subject === 'PRJ-2026-002');
    expect(i?.facts['finalPaymentCollectedOn']).toBe('2026-09-23');
    expect(i?.provenance['finalPaymentCollectedOn']?.[0]?.recordId).toBe('a0BJ8000001xP1CMAU');
  });

  it('counts only complaints where the company is at fault for after-sales', () => {
    const j = read(AFTER_SALES).projects.find((p) => p.subject === 'PRJ-2025-017');
    expect(j?.facts['userComplaints']).toBe(0);
  });

  it('refuses a query result whose last page is not done', () => {
    const [first] = opportunities as unknown[];
    const error = (() => {
      try {
        salesforceRecords(first);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(isAdapterError(error) && error.code).toBe('crmPagesIncomplete');
    expect(isAdapterError(error) && error.message).toContain('/services/data/v62.0/query/0r8xx3aK2T3jQGHAA4-2');
  });
});
