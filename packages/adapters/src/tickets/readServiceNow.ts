import { z } from 'zod';
import { validateJson } from '../validateJson.js';
import type { TicketFieldRef, TicketProfile } from './TicketProfile.js';
import { ticketOrders, type SourceTicket, type TicketRead } from './ticketOrders.js';
import { parseTicketTime } from './ticketTime.js';

/**
 * A field as the Table API returns it: its text (`sysparm_display_value=false` or `true`),
 * or `{ value, display_value, link }` (`sysparm_display_value=all`, and reference fields).
 */
const field = z.union([z.string(), z.boolean(), z.looseObject({ value: z.string().optional(), display_value: z.string().optional(), link: z.string().optional() })]).nullable();

/** A table's records: an array, or the Table API's response `{ result: [...] }`. */
const table = <T extends z.ZodType>(row: T) => z.union([z.array(row), z.object({ result: z.array(row) }).transform((r) => r.result)]).default([]);

const incident = z.looseObject({ number: field, sys_id: field, opened_at: field.optional() });
const taskSla = z.looseObject({ task: field, sla: field, has_breached: field.optional(), stage: field.optional() });
const user = z.looseObject({ sys_id: field, employee_number: field.optional(), user_name: field.optional() });

/** A ServiceNow export: incident records, their task_sla records, and the sys_user records of the people in them. */
export const ServiceNowExportSchema = z.object({ incident: table(incident), task_sla: table(taskSla), sys_user: table(user) });

/** A ServiceNow export as read. */
export type ServiceNowExport = z.output<typeof ServiceNowExportSchema>;

type Field = z.output<typeof field> | undefined;
type Row = Readonly<Record<string, unknown>>;

/** ServiceNow's glide date-time text: `YYYY-MM-DD HH:mm:ss`, no zone. */
const GLIDE_DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

function text(value: Field, key: 'value' | 'display_value'): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'boolean') return String(value);
  const picked = value[key];
  return picked === undefined || picked === '' ? undefined : picked;
}

/** A field's text as a reference reads: a reference's value is the record's sys_id whatever the display mode (`assigned_to` names a user by it). */
function fieldText(value: Field, key: 'value' | 'display_value'): string | undefined {
  const isReference = value !== null && typeof value === 'object' && value.link !== undefined && value.value !== undefined;
  return text(value, isReference ? 'value' : key);
}

/**
 * Reads a ServiceNow export — `{ incident, task_sla, sys_user }`, each as the Table API
 * returns it — into the orders of a regime, following a ticket profile (`source:
 * 'servicenow'`). Glide date-times are UTC when the profile's `dateTimes` is `value`,
 * in the instance's zone (`timeZone`) when `display_value`: either way the zone is
 * known, so nothing is reported as assumed; other zone-less text (a string field) is
 * read in `timeZone` and reported. Field references: `opened_at`, `u_on_site_at`, or
 * an SLA definition's task_sla records as cycles (`slaCycles.field` is the SLA's name or
 * sys_id, `startTime` its start_time, `stopTime` its end_time; cancelled ones skipped).
 * `made_sla` and each SLA's `has_breached` are ServiceNow's verdicts, kept for
 * {@link compareVerdicts}; the ticket id is the incident number, its position its index among the incidents (from 1).
 *
 * @example
 * const read = readServiceNow(JSON.parse(text), ticketProfile('servicenow', 'broadband-field-ops/technician'));
 * @throws AdapterError `ticketExportInvalid` when the export does not have ServiceNow's shapes.
 */
export function readServiceNow(input: unknown, profile: TicketProfile): TicketRead {
  const data = validateJson(ServiceNowExportSchema, input, 'ticketExportInvalid');
  const mode = profile.dateTimes;
  const instant = (raw: string | undefined): string | undefined => {
    if (raw === undefined || !GLIDE_DATE_TIME.test(raw)) return raw;
    return mode === 'value' ? `${raw.replace(' ', 'T')}Z` : (parseTicketTime(raw, profile.timeZone)?.iso ?? raw);
  };
  const slas = new Map<string, Row[]>();
  for (const s of data.task_sla) {
    if (text(s.stage, 'value') === 'cancelled') continue;
    const task = text(s.task, 'value');
    if (task === undefined) continue;
    const list = slas.get(task) ?? [];
    list.push(s as Row);
    slas.set(task, list);
  }
  const users = new Map(data.sys_user.map((u) => [text(u.sys_id, 'value'), u]));
  const named = (s: Row, name: string): boolean => text(s['sla'] as Field, 'value') === name || text(s['sla'] as Field, 'display_value') === name;

  const tickets = data.incident.map((row, index): SourceTicket => {
    const id = text(row.number, 'value') ?? text(row.sys_id, 'value') ?? '';
    const own = (slas.get(text(row.sys_id, 'value') ?? '') ?? [])
      .slice()
      .sort((a, b) => String(text(a['start_time'] as Field, 'value')).localeCompare(String(text(b['start_time'] as Field, 'value'))));
    const breaches = new Map<string, boolean>();
    const made = text(row['made_sla'] as Field, 'value');
    if (made === 'true' || made === 'false') breaches.set('made_sla', made === 'false');
    for (const s of own) {
      const breached = text(s['has_breached'] as Field, 'value') === 'true';
      for (const key of ['value', 'display_value'] as const) {
        const name = text(s['sla'] as Field, key);
        if (name !== undefined) breaches.set(name, (breaches.get(name) ?? false) || breached);
      }
    }
    return {
      id,
      position: index + 1,
      breaches,
      values(ref: TicketFieldRef): readonly unknown[] {
        if ('event' in ref) return [];
        if ('slaCycles' in ref) {
          const key = ref.slaCycles.time === 'startTime' ? 'start_time' : 'end_time';
          return own.filter((s) => named(s, ref.slaCycles.field)).flatMap((s) => {
            const at = instant(text(s[key] as Field, mode));
            return at === undefined ? [] : [at];
          });
        }
        const names = 'customField' in ref ? [String(ref.customField)] : [ref.field, ...(ref.or ?? [])];
        const name = names.find((n) => Object.prototype.hasOwnProperty.call(row, n));
        const value = name === undefined ? undefined : instant(fieldText(row[name] as Field, mode));
        return value === undefined ? [] : [value];
      },
      person(value: unknown, by: TicketProfile['subject']['users']): string | undefined {
        if (value === undefined || value === null || value === '') return undefined;
        if (by === 'id') return String(value);
        // A reference's value is the user's sys_id whatever the display mode.
        const found = users.get(String(value));
        return found === undefined ? undefined : text(found.employee_number, 'value');
      },
    };
  });
  return ticketOrders(tickets, profile);
}
