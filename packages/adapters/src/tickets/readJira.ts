import { z } from 'zod';
import { validateJson } from '../validateJson.js';
import { pathValue } from './pathValue.js';
import type { TicketFieldRef, TicketProfile } from './TicketProfile.js';
import { ticketOrders, type SourceTicket, type TicketRead } from './ticketOrders.js';

const jiraDate = z.looseObject({ iso8601: z.string(), epochMillis: z.number().optional() });

const cycle = z.looseObject({
  startTime: jiraDate.optional(),
  stopTime: jiraDate.optional(),
  breachTime: jiraDate.optional(),
  breached: z.boolean().optional(),
  goalDuration: z.looseObject({ millis: z.number() }).optional(),
  elapsedTime: z.looseObject({ millis: z.number() }).optional(),
});

/** An SLA field of Jira Service Management (`customfield_10030`). */
const slaField = z.looseObject({ completedCycles: z.array(cycle), ongoingCycle: cycle.optional() });

/** Jira's search result: `{ issues: [{ id, key, fields: { created, resolutiondate, priority, … } }] }`. */
export const JiraExportSchema = z.object({
  issues: z.array(
    z.looseObject({
      id: z.string().optional(),
      key: z.string().min(1),
      fields: z.looseObject({ created: z.string(), resolutiondate: z.string().nullable().optional() }),
    }),
  ),
});

/** A Jira Service Management export as read. */
export type JiraExport = z.output<typeof JiraExportSchema>;

/** Jira wraps values: dates `{ iso8601 }`, options `{ value }`, priorities `{ name }`, users `{ accountId }`. */
function unwrap(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  for (const key of ['iso8601', 'value', 'name', 'accountId']) {
    const inner = pathValue(value, [key]);
    if (inner !== undefined) return inner;
  }
  return value;
}

/**
 * Reads a Jira Service Management export (the search API's `issues`, with their SLA
 * fields) into the orders of a regime, following a ticket profile (`source: 'jira'`).
 * Field references: `fields.created`, `fields.customfield_10050`, or an SLA field's
 * cycles (`slaCycles`: the completed ones, and the start of the one still running); offsets without a colon (`+1000`) are read as
 * written. An SLA field with a breached cycle is Jira's verdict, kept for
 * {@link compareVerdicts}; the ticket id is the issue key (`FO-101`).
 *
 * @example
 * const read = readJira(JSON.parse(text), jiraProfile);
 * @throws AdapterError `ticketExportInvalid` when the export does not have Jira's shapes.
 */
export function readJira(input: unknown, profile: TicketProfile): TicketRead {
  const data = validateJson(JiraExportSchema, input, 'ticketExportInvalid');
  const tickets = data.issues.map((issue, index): SourceTicket => {
    const breaches = new Map<string, boolean>();
    for (const [name, value] of Object.entries(issue.fields)) {
      const sla = slaField.safeParse(value);
      if (sla.success && (sla.data.completedCycles.length > 0 || sla.data.ongoingCycle)) {
        breaches.set(name, [...sla.data.completedCycles, ...(sla.data.ongoingCycle ? [sla.data.ongoingCycle] : [])].some((c) => c.breached === true));
      }
    }
    return {
      id: issue.key,
      position: index + 1,
      breaches,
      values(ref: TicketFieldRef): readonly unknown[] {
        if ('event' in ref) return [];
        if ('slaCycles' in ref) {
          const sla = slaField.safeParse(issue.fields[ref.slaCycles.field]);
          if (!sla.success) return [];
          // A cycle still running has started (an open ticket was dispatched) but not stopped.
          const cycles = ref.slaCycles.time === 'startTime' && sla.data.ongoingCycle ? [...sla.data.completedCycles, sla.data.ongoingCycle] : sla.data.completedCycles;
          return cycles.flatMap((c) => {
            const at = c[ref.slaCycles.time];
            return at ? [at.iso8601] : [];
          });
        }
        const path = 'customField' in ref ? ['fields', String(ref.customField)] : ref.field.split('.');
        const value = unwrap(pathValue(issue, path));
        return value === undefined || value === null ? [] : [value];
      },
      person(value: unknown): string | undefined {
        const id = unwrap(value);
        return id === undefined || id === null || id === '' || typeof id === 'object' ? undefined : String(id);
      },
    };
  });
  return ticketOrders(tickets, profile);
}
