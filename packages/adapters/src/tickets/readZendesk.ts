import { z } from 'zod';
import { validateJson } from '../validateJson.js';
import { pathValue } from './pathValue.js';
import type { TicketFieldRef, TicketProfile } from './TicketProfile.js';
import { ticketOrders, type SourceTicket, type TicketRead } from './ticketOrders.js';

const id = z.union([z.number().int(), z.string().min(1)]);

/** Zendesk's ticket, ticket metric and ticket metric event records (the fields kaohe reads; others pass). */
export const ZendeskExportSchema = z.object({
  tickets: z.array(
    z.looseObject({
      id,
      created_at: z.string(),
      updated_at: z.string().optional(),
      status: z.string().optional(),
      priority: z.string().nullable().optional(),
      assignee_id: id.nullable().optional(),
      group_id: id.nullable().optional(),
      custom_fields: z.array(z.looseObject({ id, value: z.unknown() })).default([]),
    }),
  ),
  ticket_metrics: z.array(z.looseObject({ ticket_id: id })).default([]),
  ticket_metric_events: z
    .array(
      z.looseObject({
        ticket_id: id,
        metric: z.string(),
        type: z.string(),
        time: z.string(),
        deleted: z.boolean().optional(),
      }),
    )
    .default([]),
  /** Sideloaded users (`include=users`), to turn `assignee_id` into the staff number in `external_id`. */
  users: z.array(z.looseObject({ id, external_id: z.string().nullable().optional() })).default([]),
});

/** A Zendesk export as read. */
export type ZendeskExport = z.output<typeof ZendeskExportSchema>;

type Row = Readonly<Record<string, unknown>>;

function groupBy<T extends { ticket_id: string | number }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const key = String(row.ticket_id);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}

/**
 * Reads a Zendesk export — `{ tickets, ticket_metrics, ticket_metric_events, users }`
 * as the Tickets, Ticket Metrics and Ticket Metric Events APIs return them — into the
 * orders of a regime, following a ticket profile (`source: 'zendesk'`). Field
 * references: `created_at`, `metrics.solved_at`, a custom field by id, or a metric
 * event. Where an SLA policy applied to a metric (`apply_sla`), a `breach` event not
 * deleted is Zendesk's verdict that it was breached, kept for {@link compareVerdicts}.
 *
 * @example
 * const read = readZendesk(JSON.parse(text), zendeskProfile('broadband-field-ops/technician'));
 * @throws AdapterError `ticketExportInvalid` when the export does not have Zendesk's shapes.
 */
export function readZendesk(input: unknown, profile: TicketProfile): TicketRead {
  const data = validateJson(ZendeskExportSchema, input, 'ticketExportInvalid');
  const metrics = new Map(data.ticket_metrics.map((m) => [String(m.ticket_id), m as Row]));
  const events = groupBy(data.ticket_metric_events.filter((e) => e.deleted !== true));
  const users = new Map(data.users.map((u) => [String(u.id), u]));
  const tickets = data.tickets.map((t, index): SourceTicket => {
    const key = String(t.id);
    const own = (events.get(key) ?? []).slice().sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
    const breaches = new Map<string, boolean>();
    for (const e of own) if (e.type === 'apply_sla') breaches.set(e.metric, own.some((b) => b.type === 'breach' && b.metric === e.metric));
    return {
      id: key,
      position: index + 1,
      breaches,
      values(ref: TicketFieldRef): readonly unknown[] {
        if ('slaCycles' in ref) return [];
        if ('event' in ref) return own.filter((e) => e.metric === ref.event.metric && e.type === ref.event.type).map((e) => e.time);
        const value =
          'customField' in ref
            ? t.custom_fields.find((c) => String(c.id) === String(ref.customField))?.value
            : ref.field.startsWith('metrics.')
              ? pathValue(metrics.get(key), ref.field.slice('metrics.'.length).split('.'))
              : pathValue(t, ref.field.split('.'));
        return value === undefined || value === null ? [] : [value];
      },
      person(value: unknown, by: 'id' | 'external_id'): string | undefined {
        if (value === undefined || value === null || value === '') return undefined;
        if (by === 'id') return String(value);
        return users.get(String(value))?.external_id ?? undefined;
      },
    };
  });
  return ticketOrders(tickets, profile);
}
