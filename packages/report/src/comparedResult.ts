import { isDecimalString } from '@kaohe/core';
import { z } from 'zod';

const Text = z.object({ 'zh-CN': z.string(), en: z.string() });
const Dec = z.string().refine(isDecimalString, { message: 'not a decimal string' });
const Named = z.object({ id: z.string(), name: Text });
const Stamp = z.object({ id: z.string(), version: z.string(), hash: z.string() });
const subjectFields = { subject: z.string(), name: z.string().nullable(), period: z.string(), scheme: Stamp };

/**
 * The parts of a result a comparison reads, checked before any is compared. Only these: a result's
 * messages are rendered when first read, so checking every line of 10,000 results would render
 * every message (and take seconds) for nothing.
 */
export const ComparedResult = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('scorecard'),
    ...subjectFields,
    total: Dec,
    band: Named.nullable(),
    outcome: z.string(),
    vetoes: z.array(Named),
    items: z.array(Named.extend({ points: Dec })),
    lines: z.array(z.object({ amount: Dec })),
    grade: Named.nullable().optional(),
    bonus: z.object({ final: Dec }).nullable().optional(),
  }),
  z.object({
    kind: z.literal('penaltyRegime'),
    ...subjectFields,
    points: Dec,
    fine: z.object({ total: Dec }),
    outcome: z.string(),
    sanctions: z.array(Named),
    lines: z.array(z.object({ code: z.string(), rule: z.string(), amount: Dec })),
  }),
]);
