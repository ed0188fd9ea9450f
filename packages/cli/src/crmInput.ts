import type { CrmIssue, CrmProfile } from '@kaohe/adapters';
import type { Locale, SchemeSource } from '@kaohe/core';
import type { FactSource } from './factSource';
import { cliMessage, listOf } from './messages';
import type { PrimaryRead } from './primaryRead';
import type { SourceContext } from './sourceContext';
import type { CrmSource, SourceFiles } from './sources';

/** What a CRM run reads with: the scheme appraised and its data (for the facts it declares). */
export interface CrmRunContext extends SourceContext {
  readonly schemeId: string;
  readonly scheme: unknown;
  readonly schemes: SchemeSource;
}

/** The cell of a rejected record that an issue names: the fact, else the field, and the value read. */
function cellOf(issue: CrmIssue, locale: Locale): { column: string; header: string; value: string; code: string; message: string } {
  const field = issue.params['field'];
  const value = issue.params['value'] ?? issue.params['currency'];
  return {
    column: issue.fact ?? (typeof field === 'string' ? field : ''),
    header: issue.fact ?? '',
    value: value === undefined || value === null ? '' : String(value),
    code: issue.code,
    message: issue.messages[locale],
  };
}

/**
 * A CRM export read for one scheme through a profile: its projects as subject parts, each
 * record left out as a rejected record (its id, the missing or unreadable fact and why), and
 * each project not ready for the scheme (no acceptance date yet) as a warning.
 *
 * @example
 * const read = await readCrmSource(SOURCES.salesforce, profile, { input: 'opportunities.json', inputs: ['opportunities.json'] }, context);
 */
export async function readCrmSource(source: CrmSource, profile: CrmProfile, files: SourceFiles, context: CrmRunContext): Promise<PrimaryRead> {
  const { adapters, locale, schemeId } = context;
  const records = await source.records(context, files, profile);
  const read = adapters.readCrmProjects(records, { profile, schemeId, scorecard: context.scheme, schemes: context.schemes });
  const position = new Map(records.map((r, i) => [r.id, { row: i + 1, object: r.object }]));
  const byRecord = new Map<string, CrmIssue[]>();
  for (const issue of read.issues) byRecord.set(issue.recordId, [...(byRecord.get(issue.recordId) ?? []), issue]);
  const rejected = [...byRecord].map(([record, issues]) => ({
    file: files.input,
    sheet: position.get(record)?.object ?? '',
    row: position.get(record)?.row ?? 0,
    subject: null,
    record,
    cells: issues.map((i) => cellOf(i, locale)),
  }));
  const warnings = read.notReady.map((n) => ({
    file: files.input,
    sheet: position.get(n.recordId)?.object ?? '',
    row: position.get(n.recordId)?.row ?? 0,
    column: n.missing.join(', '),
    value: '',
    code: 'crmNotReady',
    message: cliMessage(locale, 'sourceNotReady', { record: n.recordId, subject: n.subject, scheme: schemeId, missing: listOf(locale, n.missing) }),
    record: n.recordId,
    subject: n.subject,
  }));
  const parts = read.projects.map((p) => ({ subject: p.subject, name: p.name, facts: p.facts }));
  // A record of the export is placed by its file and position; a stage-history row or a related record by its id alone.
  const sourcesOf = (facts: typeof read.projects[number]['provenance']): FactSource[] =>
    Object.entries(facts).flatMap(([fact, list]) =>
      list.map((p) => {
        const at = position.get(p.recordId);
        return { fact, source: p.source, ...(at === undefined ? {} : { file: files.input, row: at.row }), record: p.recordId, object: p.object, field: p.field, ...(p.value === undefined ? {} : { value: p.value }) };
      }),
    );
  const sources = new Map(read.projects.map((p) => [p.subject, sourcesOf(p.provenance)]));
  return { parts, rejected, warnings, records: records.length, used: read.projects.length, verdicts: null, sources };
}
