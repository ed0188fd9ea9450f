import type { SubjectPart, TicketNotice, TicketProfile } from '@kaohe/adapters';
import type { Locale } from '@kaohe/core';
import type { FactSource } from './factSource';
import type { PrimaryRead } from './primaryRead';
import type { CellWarning } from './spreadsheetInput';
import type { Adapters, JsonReader, SourceFiles, TicketSource } from './sources';

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** A ticket notice as a warning of the run, naming the ticket (and the subject it is held against, where known). */
export function ticketWarning(notice: TicketNotice, file: string, locale: Locale, subject?: string): CellWarning {
  const warning = { file, sheet: 'tickets', row: notice.position ?? 0, column: text(notice.params['from'] ?? notice.params['step']), value: text(notice.params['value']), code: notice.code, message: notice.message[locale], record: notice.ticket };
  return subject === undefined ? warning : { ...warning, subject };
}

/**
 * A service desk's export read through a ticket profile: each technician's orders as a subject
 * part (under the regime's fact, `orders`), each ticket that cannot be used as a rejected record
 * (its id and why), and what was assumed or chosen for a ticket (a zone, one of two resolutions,
 * a missing step) as a warning.
 *
 * @example
 * const read = await readTicketSource(SOURCES.zendesk, profile, { input: 'export.json' }, adapters, json, 'en');
 */
export async function readTicketSource(source: TicketSource, profile: TicketProfile, files: SourceFiles, adapters: Adapters, json: JsonReader, locale: Locale): Promise<PrimaryRead> {
  const read = await source.read(adapters, files, profile, json);
  const bySubject = new Map<string, Array<Readonly<Record<string, string>>>>();
  const sources = new Map<string, FactSource[]>();
  for (const o of read.orders) {
    const orders = bySubject.get(o.subject) ?? [];
    const { source, ticket, position } = o.provenance;
    const placed = { file: files.input, ...(position === undefined ? {} : { row: position }) };
    const fields = Object.entries(o.provenance.fields).map(([name, field]) => ({ fact: `${read.fact}[${orders.length}].${name}`, source, ...placed, record: ticket, field }));
    sources.set(o.subject, [...(sources.get(o.subject) ?? []), ...fields]);
    bySubject.set(o.subject, [...orders, o.order]);
  }
  const parts: SubjectPart[] = [...bySubject].map(([subject, orders]) => ({ subject, facts: { [read.fact]: orders } }));
  const leftOut = read.notices.filter((n) => n.leftOut);
  const rejected = leftOut.map((n) => {
    const { column, value, code, message } = ticketWarning(n, files.input, locale);
    return { file: files.input, sheet: 'tickets', row: n.position ?? 0, subject: null, record: n.ticket, cells: [{ column, header: text(n.params['step']), value, code, message }] };
  });
  const holder = new Map(read.orders.map((o) => [o.provenance.ticket, o.subject]));
  const warnings = read.notices.filter((n) => !n.leftOut).map((n) => ticketWarning(n, files.input, locale, holder.get(n.ticket)));
  return { parts, rejected, warnings, records: read.orders.length + new Set(leftOut.map((n) => n.ticket)).size, used: read.orders.length, verdicts: read, sources };
}
