import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appraiseSync, compile, type Appraisal } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { expect, it } from 'vitest';
import type { CrmProfile } from './crmProfile.js';
import type { CrmRecord } from './crmRecord.js';
import { readCrmProjects, type CrmProject, type CrmRead } from './readCrmProjects.js';
import { tableRecords, type CrmRow, type CrmTables } from './tableRecords.js';

/**
 * Helpers for the CRM readers' tests (not exported from the package): Examples H, I and J
 * as JSON inputs, and their appraisal from CRM facts and from those inputs.
 */
export const PRESALES = 'tech-department/presales-project';
export const IMPLEMENTATION = 'tech-department/implementation-project';
export const AFTER_SALES = 'tech-department/after-sales-project';

/** Example I's final payment, which the CRM fixtures record and its JSON input predates. */
export const EXAMPLE_I_FINAL_PAYMENT = '2026-09-23';

interface Example {
  readonly subject: string;
  readonly name: string;
  readonly period: string;
  readonly facts: Record<string, unknown>;
  readonly ratings: Record<string, unknown>;
}

const example = (name: string): Example => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../../examples/subjects/${name}`, import.meta.url)), 'utf8')) as Example;

/** The JSON inputs of SCHEMES.md §4's Examples H, I and J by scheme; their ratings come from the raters' spreadsheet, not the CRM. */
export const EXAMPLES: Readonly<Record<string, Example>> = {
  [PRESALES]: example('example-h.json'),
  [IMPLEMENTATION]: example('example-i.json'),
  [AFTER_SALES]: example('example-j.json'),
};

/** A fixture of a CRM's directory under fixtures/crm/. */
export function crmFixture(vendor: string, name: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/crm/${vendor}/${name}`, import.meta.url)), 'utf8'));
}

/** The records read for a preset scheme, its scorecard given. */
export function readForPreset(records: readonly CrmRecord[], profile: CrmProfile, schemeId: string): CrmRead {
  return readCrmProjects(records, { profile, schemeId, scorecard: getPreset(schemeId)?.scheme, schemes: presetSchemes });
}

function appraised(schemeId: string, subject: string, facts: Record<string, unknown>): Appraisal {
  const { period, ratings } = EXAMPLES[schemeId] as Example;
  return appraiseSync(compile(getPreset(schemeId)?.scheme, { schemes: presetSchemes }), { subject, period, facts, ratings });
}

/** What must agree: items, total, grade, outcome, sanction and the whole bonus with its lines. */
function figures(a: Appraisal): unknown {
  return { total: a.total, grade: a.grade?.id, outcome: a.outcome, items: a.items.map((i) => [i.id, i.points]), bonus: a.bonus, sanction: a.sanction };
}

/** The example's project among those read, and the figures of its appraisal from the CRM and from the example's JSON input. */
function compareWithExample(read: CrmRead, schemeId: string): { project: CrmProject | undefined; fromCrm: unknown; fromJson: unknown; final: string | undefined } {
  const { subject, facts } = EXAMPLES[schemeId] as Example;
  const project = read.projects.find((p) => p.subject === subject);
  const fromCrm = appraised(schemeId, subject, project?.facts ?? {});
  const fromJson = appraised(schemeId, subject, schemeId === IMPLEMENTATION ? { ...facts, finalPaymentCollectedOn: EXAMPLE_I_FINAL_PAYMENT } : facts);
  return { project, fromCrm: figures(fromCrm), fromJson: figures(fromJson), final: fromCrm.bonus?.final };
}

/** Example H's, I's and J's final bonus (SCHEMES.md §4). */
export const EXAMPLE_FINALS: Readonly<Record<string, string>> = { [PRESALES]: '9680.00', [IMPLEMENTATION]: '8640.00', [AFTER_SALES]: '1250.00' };

/**
 * The test every CRM reader passes: through its shipped profile, its fixtures of Examples H, I
 * and J appraise to the same results as their JSON inputs, each project read for its own
 * scheme and listed as not ready for the others.
 */
export function itAppraisesExamplesLikeTheirJson(read: (schemeId: string) => CrmRead): void {
  it.each(Object.keys(EXAMPLES))('appraise %s to the same grade and bonus as its example', (schemeId) => {
    const result = read(schemeId);
    const { project, fromCrm, fromJson, final } = compareWithExample(result, schemeId);
    expect(result.issues).toEqual([]);
    expect(project).toBeDefined();
    // the other two projects are in other phases: not ready for this scheme, not in error
    expect(result.notReady.map((n) => n.subject).sort()).toEqual(Object.values(EXAMPLES).map((e) => e.subject).filter((s) => s !== project?.subject).sort());
    expect(project?.name).toBe(EXAMPLES[schemeId]?.name);
    expect(fromCrm).toEqual(fromJson);
    expect(final).toBe(EXAMPLE_FINALS[schemeId]);
  });
}

/** A cell to change in a table of an export: the row whose `match[0]` column holds `match[1]`, in the records or a related table. */
export interface CellEdit {
  readonly table?: string;
  readonly match: readonly [string, string];
  readonly column: string;
}

/** Where a table source keeps what the edge cases change, for Example I's record. */
export interface EdgeCells {
  readonly acceptedOn: CellEdit;
  readonly amount: CellEdit;
  /** A currency cell, the currency written in it (USD unless said), and the id of the record it belongs to, which the refusal must name. */
  readonly currency: CellEdit & { readonly recordId: string; readonly written?: string };
}

function edited(tables: CrmTables, edit: CellEdit, value: string): CrmTables {
  const change = (rows: readonly CrmRow[]): CrmRow[] => rows.map((row) => (String(row[edit.match[0]]) === edit.match[1] ? { ...row, [edit.column]: value } : row));
  const related = tables.related ?? {};
  if (edit.table === undefined) return { ...tables, records: change(tables.records) };
  return { ...tables, related: { ...related, [edit.table]: change(related[edit.table] ?? []) } };
}

/**
 * The edge cases every table source is tested for, on Example I's record: no acceptance
 * date yet (listed as not ready), an amount written "1,234,567.00", and another currency
 * (refused, naming the record).
 */
export function itHandlesTheEdgeCases(tables: CrmTables, profile: CrmProfile, cells: EdgeCells): void {
  const read = (t: CrmTables): CrmRead => readForPreset(tableRecords(t, profile), profile, IMPLEMENTATION);
  const subject = EXAMPLES[IMPLEMENTATION]?.subject;

  it('lists a project without an acceptance date as not ready, neither scored nor an error', () => {
    const result = read(edited(tables, cells.acceptedOn, ''));
    expect(result.notReady.find((n) => n.subject === subject)?.missing).toEqual(['acceptedOn']);
    expect(result.projects).toEqual([]);
    expect(result.issues).toEqual([]);
  });

  it('reads an amount written "1,234,567.00" exactly', () => {
    const project = read(edited(tables, cells.amount, '1,234,567.00')).projects[0];
    expect(project?.facts['contractValue']).toBe('1234567');
    expect(project?.provenance['contractValue']?.[0]?.value).toBe('1,234,567.00');
  });

  it('refuses a record in another currency, naming the record, and converts nothing', () => {
    const result = read(edited(tables, cells.currency, cells.currency.written ?? 'USD'));
    expect(result.projects).toEqual([]);
    expect(result.issues.map((i) => [i.code, i.recordId, i.params['currency']])).toEqual([['crmCurrencyRefused', cells.currency.recordId, 'USD']]);
  });
}
