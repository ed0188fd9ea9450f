import type { SubjectPart, TicketNotice, TicketProfile } from '@kaohe/adapters';
import type { Locale } from '@kaohe/core';
import type { FactSource } from './factSource';
import type { PrimaryRead } from './primaryRead';
import type { CellWarning } from './spreadsheetInput';
import type { SourceContext } from './sourceContext';
import type { SourceFiles, TicketSource } from './sources';

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** A ticket notice as a warning of the run, naming the ticket (and the subject it is held against, where known). */
export function ticketWarning(notice: TicketNotice, file: string, locale: Locale, subject?: string): CellWarning {
  const warning = { file, sheet: 'tickets', row: notice.position ?? 0, column: text(notice.params['from'] ?? notice.params['step']), value: text(notice.params['value']), code: notice.code, message: notice.message[locale], record: notice.ticket };
  return subject === undefined ? warning : { ...warning, subject };
}

/**
 * A service desk's export read through a ticket profile: each technician's orders as a subject
 * part (under the regime's fact, `orders`, or as on-time counts where the profile counts them), each ticket that cannot be used as a rejected record
 * (its id and why), and what was assumed or chosen for a ticket (a zone, one of two resolutions,
 * a missing step) as a warning. An on-time count looks at tickets still open as they stand at
 * `until`, the period's end (without it, every ticket still open counts as late).
 *
 * @example
 * const read = await readTicketSource(SOURCES.zendesk, profile, { input: 'export.json', inputs: ['export.json'] }, context);
 */
export async function readTicketSource(source: TicketSource, profile: TicketProfile, files: SourceFiles, context: SourceContext, until?: string): Promise<PrimaryRead> {
  const { locale } = context;
  const read = await source.read(context, files, profile);
  const orderCount = new Map<string, number>();
  const sources = new Map<string, FactSource[]>();
  for (const o of read.orders) {
    const index = orderCount.get(o.subject) ?? 0;
    orderCount.set(o.subject, index + 1);
    // an on-time count is not one fact per ticket field, so only orders name their fields' sources
    if (read.onTime !== undefined) continue;
    const { source: from, ticket, position } = o.provenance;
    const placed = { file: files.input, ...(position === undefined ? {} : { row: position }) };
    const fields = Object.entries(o.provenance.fields).map(([name, field]) => ({ fact: `${read.fact}[${index}].${name}`, source: from, ...placed, record: ticket, field }));
    sources.set(o.subject, [...(sources.get(o.subject) ?? []), ...fields]);
  }
  // a profile with an on-time count gives ticketsOnTime/ticketsTotal rather than the orders themselves
  const parts: SubjectPart[] = [...orderCount.keys()].map((subject) => ({ subject, facts: context.adapters.ticketFacts(read, subject, until === undefined ? {} : { until }) }));
  const leftOut = read.notices.filter((n) => n.leftOut);
  const rejected = leftOut.map((n) => {
    const { column, value, code, message } = ticketWarning(n, files.input, locale);
    return { file: files.input, sheet: 'tickets', row: n.position ?? 0, subject: null, record: n.ticket, cells: [{ column, header: text(n.params['step']), value, code, message }] };
  });
  const holder = new Map(read.orders.map((o) => [o.provenance.ticket, o.subject]));
  const warnings = read.notices.filter((n) => !n.leftOut).map((n) => ticketWarning(n, files.input, locale, holder.get(n.ticket)));
  return { parts, rejected, warnings, records: read.orders.length + new Set(leftOut.map((n) => n.ticket)).size, used: read.orders.length, verdicts: read, sources };
}
