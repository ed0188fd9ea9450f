import { localizedMessage, type LocalizedText, type MessageParams } from '../localizedMessage.js';
import type { TicketIssueCode } from '../issueCodes.js';
import { describeRef, type TicketFieldRef, type TicketProfile } from './TicketProfile.js';
import { parseTicketTime, type TicketTime } from './ticketTime.js';
import { onTimeCounts, type OnTimeOptions, type OnTimeRule } from './onTimeCounts.js';

/** One ticket as a reader sees it, whatever the service desk. */
export interface SourceTicket {
  readonly id: string;
  /** Where the ticket is in the export: its 1-based position among the tickets, or the row it first appears on in a sheet. */
  readonly position?: number;
  /** Every value the reference finds, oldest first (a reopened ticket has two resolutions). */
  values(ref: TicketFieldRef): readonly unknown[];
  /** The person a user reference names (`external_id`, `employee_number` give the staff number). */
  person(value: unknown, by: TicketProfile['subject']['users']): string | undefined;
  /** The service desk's own SLA verdicts on this ticket: metric → breached. */
  readonly breaches: ReadonlyMap<string, boolean>;
}

/** Where each field of an order came from. */
export interface OrderProvenance {
  readonly source: string;
  readonly ticket: string;
  /** The ticket's position in the export, as {@link SourceTicket.position}. */
  readonly position?: number;
  /** Order field → the ticket field, custom field or metric event that gave it. */
  readonly fields: Readonly<Record<string, string>>;
}

/** An order made from a ticket, for the subject it is held against. */
export interface TicketOrder {
  readonly subject: string;
  readonly order: Readonly<Record<string, string>>;
  readonly provenance: OrderProvenance;
}

/** What happened to a ticket on its way: `leftOut` when no order was made from it. */
export interface TicketNotice {
  readonly code: TicketIssueCode;
  readonly ticket: string;
  /** The ticket's position in the export, as {@link SourceTicket.position}, so that it can be found. */
  readonly position?: number;
  readonly leftOut: boolean;
  readonly params: MessageParams;
  readonly message: LocalizedText;
}

/** The service desk's own verdict on a ticket's SLA metric, to be compared with kaohe's. */
export interface SourceVerdict {
  readonly ticket: string;
  /** The ticket's position in the export, as {@link SourceTicket.position}. */
  readonly position?: number;
  readonly subject: string;
  readonly metric: string;
  /** The step and rule the verdict is on; both absent for a verdict on the whole ticket (`made_sla`). */
  readonly step?: string;
  readonly rule?: string;
  readonly breached: boolean;
}

/** The orders read from a service desk's export, with every ticket that needs a look. */
export interface TicketRead {
  readonly profile: string;
  readonly regime: string;
  readonly fact: string;
  readonly source: string;
  readonly orders: readonly TicketOrder[];
  readonly notices: readonly TicketNotice[];
  readonly verdicts: readonly SourceVerdict[];
  /** The profile's on-time count, when the scheme reads a ratio rather than orders. */
  readonly onTime?: OnTimeRule;
}

/** Builds a notice with its message in both locales; `position` is the ticket's in the export, where known. */
export function ticketNotice(code: TicketIssueCode, ticket: string, params: MessageParams, leftOut = false, position?: number): TicketNotice {
  const all = { ticket, ...params };
  const notice = { code, ticket, leftOut, params: all, message: localizedMessage(code, all) };
  return position === undefined ? notice : { ...notice, position };
}

class LeftOut extends Error {}

/** Reads one ticket into an order, pushing notices; throws LeftOut when the ticket cannot be used. */
function orderOf(ticket: SourceTicket, profile: TicketProfile, notices: TicketNotice[]): TicketOrder {
  const note = (code: TicketIssueCode, params: MessageParams): void => {
    notices.push(ticketNotice(code, ticket.id, params, false, ticket.position));
  };
  const leave = (code: TicketIssueCode, params: MessageParams): never => {
    notices.push(ticketNotice(code, ticket.id, params, true, ticket.position));
    throw new LeftOut();
  };
  const fields: Record<string, string> = { id: 'id' };
  const first = (ref: TicketFieldRef): unknown => {
    const values = ticket.values(ref);
    return 'occurrence' in ref && ref.occurrence === 'last' ? values.at(-1) : values[0];
  };
  const time = (name: string, ref: TicketFieldRef): TicketTime | undefined => {
    const values = ticket.values(ref);
    if (values.length > 1 && 'occurrence' in ref) {
      const counted = first(ref);
      note('ticketReopened', { step: name, from: describeRef(ref), count: values.length, times: values.join(', '), occurrence: ref.occurrence, counted: String(counted) });
    }
    const value = first(ref);
    if (value === undefined || value === null || value === '') return undefined;
    const parsed = typeof value === 'string' ? parseTicketTime(value, profile.timeZone) : undefined;
    if (!parsed) return leave('ticketBadTimestamp', { value: String(value), from: describeRef(ref) });
    if (parsed.zoneAssumed) note('ticketZoneAssumed', { value: String(value), from: describeRef(ref), timeZone: profile.timeZone, iso: parsed.iso });
    fields[name] = describeRef(ref);
    return parsed;
  };

  const who = ticket.person(first(profile.subject.from), profile.subject.users);
  if (who === undefined) leave('ticketNoSubject', { from: describeRef(profile.subject.from) });
  const raw = first(profile.classes.from);
  const text = raw === undefined || raw === null ? '' : String(raw);
  const cls = Object.entries(profile.classes.values).find(([, words]) => words.some((w) => w.toLowerCase() === text.toLowerCase()))?.[0];
  if (cls === undefined) leave('ticketUnmappedClass', { value: text, from: describeRef(profile.classes.from), known: Object.keys(profile.classes.values).join(', ') });
  fields[profile.classes.to] = describeRef(profile.classes.from);

  const start = time(profile.start.name, profile.start.from);
  if (!start) return leave('ticketNoStart', { step: profile.start.name, from: describeRef(profile.start.from) });
  const order: Record<string, string> = { id: ticket.id, [profile.classes.to]: cls as string, [profile.start.name]: start.iso };
  let previous: { name: string; at: TicketTime } | undefined;
  for (const step of profile.steps) {
    const at = time(step.name, step.from);
    if (!at) {
      note('ticketMissingStep', { step: step.name, from: describeRef(step.from) });
      continue;
    }
    if (at.ms < start.ms) leave('ticketStepBeforeStart', { step: step.name, at: at.iso, start: profile.start.name, startAt: start.iso });
    if (previous && at.ms < previous.at.ms) {
      note('ticketStepsOutOfOrder', { step: step.name, at: at.iso, previous: previous.name, previousAt: previous.at.iso, start: profile.start.name });
    }
    order[step.name] = at.iso;
    previous = { name: step.name, at };
  }
  for (const p of profile.people) {
    const value = first(p.from);
    if (value === undefined || value === null || value === '') continue;
    order[p.name] = String(value);
    fields[p.name] = describeRef(p.from);
  }
  const position = ticket.position === undefined ? {} : { position: ticket.position };
  return { subject: who as string, order, provenance: { source: profile.source, ticket: ticket.id, ...position, fields } };
}

/**
 * Turns a service desk's tickets into the orders of a penalty regime, following a
 * ticket profile. A ticket that cannot be used is left out and reported by id with
 * why; what was assumed (a zone) or chosen (which of two resolutions) is reported too.
 *
 * @example
 * const read = ticketOrders(tickets, profile);
 * read.notices.filter((n) => n.leftOut).map((n) => n.message.en);
 */
export function ticketOrders(tickets: Iterable<SourceTicket>, profile: TicketProfile): TicketRead {
  const orders: TicketOrder[] = [];
  const notices: TicketNotice[] = [];
  const verdicts: SourceVerdict[] = [];
  for (const ticket of tickets) {
    let made: TicketOrder;
    try {
      made = orderOf(ticket, profile, notices);
    } catch (error) {
      if (error instanceof LeftOut) continue;
      throw error;
    }
    orders.push(made);
    for (const v of profile.verdicts) {
      const breached = ticket.breaches.get(v.metric);
      if (breached !== undefined) verdicts.push({ ticket: ticket.id, ...(ticket.position === undefined ? {} : { position: ticket.position }), subject: made.subject, metric: v.metric, ...(v.step === undefined ? {} : { step: v.step }), ...(v.rule === undefined ? {} : { rule: v.rule }), breached });
    }
  }
  return { profile: profile.id, regime: profile.regime, fact: profile.fact, source: profile.source, orders, notices, verdicts, ...(profile.onTime ? { onTime: { ...profile.onTime, classField: profile.classes.to } } : {}) };
}

/**
 * The facts of one subject from a read: its orders under the regime's fact name, ready
 * to join the subject's other facts — or, for a profile with an on-time count, the
 * subject's `ticketsOnTime` and `ticketsTotal` (see {@link onTimeCounts}).
 *
 * @example
 * appraiseRegime(compiled, { subject: 'T-001', period: '2026-10', facts: { ...ticketFacts(read, 'T-001'), breaches } });
 */
export function ticketFacts(read: TicketRead, subject: string, options: OnTimeOptions = {}): Record<string, unknown> {
  const orders = read.orders.filter((o) => o.subject === subject).map((o) => o.order);
  if (read.onTime) return onTimeCounts(orders, read.onTime, options);
  return { [read.fact]: orders };
}
