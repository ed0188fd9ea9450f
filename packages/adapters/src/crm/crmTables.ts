import { z } from 'zod';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
/** A column as its header is written (`Opportunity ID`, `商机编号`, `create_time`). */
const column = z.string().min(1);
/** The name a related table takes among its parent's fields, read by the profile's paths (`Payments__r`, `合同`). */
const relationship = z.string().refine((n) => n.length > 0 && !n.includes('.') && !FORBIDDEN.has(n), { message: 'must be a name without dots' });

function capturesStage(pattern: string): boolean {
  try {
    return new RegExp(`${pattern}|`).exec('')!.length > 1;
  } catch {
    return false;
  }
}

/**
 * How exported tables become CRM records: the table of the records themselves (one row
 * per opportunity or deal), an optional table of stage changes, and related tables
 * (payments, a contract) attached to their parent by the column holding its id.
 */
export const CrmTablesSchema = z
  .strictObject({
    records: z.strictObject({
      /** The object the rows are (`Opportunity`, `NewOpportunityObj`, `商机`), named in provenance. */
      object: z.string().min(1),
      /** The column with the record's id. */
      id: column,
      /** The column with the stage the record is in now: the stage it was created in when no change is recorded. */
      stage: column.optional(),
      /** The column with the moment the record was created: when its first stage began. */
      created: column.optional(),
      /**
       * A regular expression matching the headers of columns that hold the moment a stage was
       * entered, its first group capturing the stage (HubSpot: `^Date entered "(.+) \((.+)\)"$`).
       */
      stageEntered: z.string().refine(capturesStage, { message: 'must be a regular expression with a group capturing the stage' }).optional(),
    }),
    /** The stage changes: one row per change (OpportunityFieldHistory, a stage log). */
    history: z
      .strictObject({
        object: z.string().min(1),
        /** The column with the change's own id; the record's id is named when absent. */
        id: column.optional(),
        /** The column with the id of the record that changed. */
        parent: column,
        /** The column with the moment of the change. */
        at: column,
        /** The column with the stage entered. */
        to: column,
        /** The column with the stage left: the first change's is the stage the record was created in. */
        from: column.optional(),
        /** When the table holds changes of other fields too: the column naming the field, and the values meaning the stage. */
        field: z.strictObject({ column, values: z.array(z.string().min(1)).min(1) }).optional(),
      })
      .optional(),
    /** Related tables by the name the profile reads them as. */
    related: z
      .record(
        relationship,
        z.strictObject({
          object: z.string().min(1),
          id: column,
          /** The column with the id of the parent row. */
          parent: column,
          /** The related table the parent rows are in (payments of a contract); the records when absent. */
          of: relationship.optional(),
          /** A lookup (one contract per opportunity) rather than a list. */
          one: z.boolean().default(false),
        }),
      )
      .default({}),
  })
  .superRefine((t, ctx) => {
    for (const [name, table] of Object.entries(t.related)) {
      const seen = new Set([name]);
      let parent = table.of;
      while (parent !== undefined) {
        if (seen.has(parent) || t.related[parent] === undefined) {
          ctx.addIssue({ code: 'custom', message: seen.has(parent) ? 'related tables must not be their own parents' : `no related table "${parent}"`, path: ['related', name, 'of'] });
          break;
        }
        seen.add(parent);
        parent = t.related[parent]?.of;
      }
    }
  });

/** The tables section of a CRM profile, validated. */
export type CrmTablesLayout = z.output<typeof CrmTablesSchema>;
