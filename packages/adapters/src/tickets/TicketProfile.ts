import { z } from 'zod';
import { validateJson } from '../validateJson.js';
import { isKnownTimeZone } from '../zoneOffset.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Zendesk ticket metric event types (Ticket Metric Events API). */
export const METRIC_EVENT_TYPES = ['activate', 'pause', 'fulfill', 'apply_sla', 'breach', 'update_status', 'measure'] as const;

/**
 * Where a value of a ticket comes from: a field of the ticket (`created_at`,
 * `metrics.assigned_at`, `fields.resolutiondate`), a custom field by its id, a
 * Zendesk metric event (`reply_time` `fulfill`) or a Jira SLA field's cycles. `occurrence` says which one counts when
 * the event happened more than once (a reopened ticket is resolved twice).
 */
export const TicketFieldRef = z.union([
  z.strictObject({
    field: z.string().min(1),
    /** Other names of the same field, tried in turn (a sheet's 首次联系时间 where another writes 联系时间). */
    or: z.array(z.string().min(1)).optional(),
    /** Which value counts when the ticket has several (a work-order sheet with a row per visit). */
    occurrence: z.enum(['first', 'last']).default('first'),
  }),
  z.strictObject({ customField: z.union([z.number().int(), z.string().min(1)]) }),
  z.strictObject({
    event: z.strictObject({ metric: z.string().min(1), type: z.enum(METRIC_EVENT_TYPES) }),
    occurrence: z.enum(['first', 'last']).default('first'),
  }),
  z.strictObject({
    /** A Jira Service Management SLA field's cycles: when each started (the ongoing one too) or stopped. */
    slaCycles: z.strictObject({ field: z.string().min(1), time: z.enum(['startTime', 'stopTime']) }),
    occurrence: z.enum(['first', 'last']).default('first'),
  }),
]);

const step = z.strictObject({
  /** The order timestamp of the regime (`dispatchedAt`, `contactedAt` …). */
  name: z.string().regex(NAME),
  from: TicketFieldRef,
});

/** A source's own SLA verdict on a metric, compared with the regime's check of a step by a rule. */
const verdict = z.strictObject({
  metric: z.string().min(1),
  /** Step and rule left out: the verdict is on the whole ticket (ServiceNow's `made_sla`), against all of kaohe's checks of it. */
  step: z.string().regex(NAME).optional(),
  rule: z.string().min(1).optional(),
});

/** A time limit of an on-time count. */
const limit = z.union([
  z.strictObject({ minutes: z.union([z.number().positive(), z.string().regex(/^\d+(\.\d+)?$/)]) }),
  z.strictObject({ hours: z.union([z.number().positive(), z.string().regex(/^\d+(\.\d+)?$/)]) }),
  z.strictObject({ days: z.union([z.number().positive(), z.string().regex(/^\d+(\.\d+)?$/)]) }),
]);

/**
 * Counts instead of orders, for schemes that read an on-time ratio (`ticketsOnTime /
 * ticketsTotal`): a ticket is on time when `to` is at most the class's limit after `from`.
 */
const onTime = z.strictObject({
  from: z.string().regex(NAME),
  to: z.string().regex(NAME),
  limits: z.record(z.string().regex(NAME), limit),
  onTimeFact: z.string().regex(NAME).default('ticketsOnTime'),
  totalFact: z.string().regex(NAME).default('ticketsTotal'),
});

/**
 * A ticket profile: how tickets of one service desk become the orders of a
 * penalty regime. Data, so that a department adapts it to its own fields.
 */
export const TicketProfileSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    kind: z.literal('ticketProfile'),
    id: z.string().min(1),
    /** The service desk: `zendesk`, `jira`, `servicenow`, or `sheet` (a work-order spreadsheet, CSV or xlsx). */
    source: z.enum(['zendesk', 'jira', 'servicenow', 'sheet']),
    /** What the profile assumes that the source does not say (limits the scheme leaves to the user …). */
    note: z.string().optional(),
    /** The regime the orders are for (`broadband-field-ops/technician`). */
    regime: z.string().min(1),
    /** The array fact of the regime the orders go into. */
    fact: z.string().regex(NAME).default('orders'),
    /** The zone of timestamps written without one (a custom text field "2026-10-08 09:50"). */
    timeZone: z.string().refine(isKnownTimeZone, { message: 'unknown time zone' }),
    /**
     * ServiceNow only: which of its date-time texts the export holds, both `YYYY-MM-DD HH:mm:ss`:
     * `value` (UTC, the Table API's default) or `display_value` (the instance's zone, `timeZone`).
     */
    dateTimes: z.enum(['value', 'display_value']).default('value'),
    /** Sheets only: the column of the ticket number (rows with the same number are one ticket, reopened). Default 工单号. */
    ticketId: TicketFieldRef.optional(),
    /** The regime's start step (`dispatchedAt`): a ticket without it cannot be used. */
    start: step,
    /** The other steps, in the order they are expected to happen. */
    steps: z.array(step).default([]),
    /** How a ticket's priority or type maps to the regime's order kinds or fault classes. */
    classes: z.strictObject({
      from: TicketFieldRef,
      to: z.string().regex(NAME).default('kind'),
      values: z.record(z.string().regex(NAME), z.array(z.string()).min(1)),
    }),
    /**
     * Who the order is held against; `users: external_id` turns a Zendesk user id into the person's staff number,
     * `employee_number` a ServiceNow user's sys_id into theirs.
     */
    subject: z.strictObject({ from: TicketFieldRef, users: z.enum(['id', 'external_id', 'employee_number']).default('id') }),
    /** Other people of the order (`agent`). */
    people: z.array(z.strictObject({ name: z.string().regex(NAME), from: TicketFieldRef })).default([]),
    verdicts: z.array(verdict).default([]),
    /** Give the subject's on-time counts rather than its orders. */
    onTime: onTime.optional(),
  })
  .superRefine((p, ctx) => {
    const names = [p.start.name, ...p.steps.map((s) => s.name), p.classes.to, ...p.people.map((x) => x.name)];
    const seen = new Set<string>();
    names.forEach((n) => {
      if (seen.has(n) || n === 'id') ctx.addIssue({ code: 'custom', message: `order field "${n}" is given twice`, path: [] });
      seen.add(n);
    });
    if (p.onTime) {
      const steps = [p.start.name, ...p.steps.map((s) => s.name)];
      for (const key of ['from', 'to'] as const) {
        if (!steps.includes(p.onTime[key])) ctx.addIssue({ code: 'custom', message: `onTime.${key} "${p.onTime[key]}" is none of the steps ${steps.join(', ')}`, path: ['onTime', key] });
      }
      for (const cls of Object.keys(p.classes.values)) {
        if (!Object.prototype.hasOwnProperty.call(p.onTime.limits, cls)) ctx.addIssue({ code: 'custom', message: `class "${cls}" has no on-time limit`, path: ['onTime', 'limits'] });
      }
    }
  });

/** A validated ticket profile. */
export type TicketProfile = z.output<typeof TicketProfileSchema>;
/** A ticket profile as written (defaults may be left out). */
export type TicketProfileInput = z.input<typeof TicketProfileSchema>;
/** Where a value of a ticket comes from. */
export type TicketFieldRef = z.output<typeof TicketFieldRef>;

/**
 * Validates a ticket profile (parsed JSON or a JSON string) and fills in defaults.
 *
 * @example
 * const profile = parseTicketProfile(fs.readFileSync('zendesk-profile.json', 'utf8'));
 * @throws AdapterError `ticketProfileInvalid` naming each problem and its path.
 */
export function parseTicketProfile(input: unknown): TicketProfile {
  return validateJson(TicketProfileSchema, input, 'ticketProfileInvalid');
}

/**
 * How a field reference reads in provenance and messages.
 *
 * @example
 * describeRef({ customField: 360000000002 }) // 'custom_fields[360000000002]'
 * describeRef({ event: { metric: 'reply_time', type: 'fulfill' }, occurrence: 'first' }) // 'reply_time fulfill (first)'
 */
export function describeRef(ref: TicketFieldRef): string {
  if ('field' in ref) return ref.or && ref.or.length > 0 ? [ref.field, ...ref.or].join('|') : ref.field;
  if ('customField' in ref) return `custom_fields[${ref.customField}]`;
  if ('slaCycles' in ref) return `${ref.slaCycles.field}.completedCycles[].${ref.slaCycles.time} (${ref.occurrence})`;
  return `${ref.event.metric} ${ref.event.type} (${ref.occurrence})`;
}
