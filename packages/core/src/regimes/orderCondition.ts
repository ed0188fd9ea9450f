import { z } from 'zod';
import { LocalizedText } from '../model/common';
import { FactName } from '../model/predicate';
import { Boundary, Duration } from '../time/deadline';

/**
 * A deadline on a step of an order: the step's timestamp must come within a duration of the order's
 * start (or of another timestamp, `from`), or by a time the order itself carries (`by`, e.g. the
 * time agreed with the user). When the order has no `by` time, the deadline does not apply.
 */
export const OrderDeadline = z.union([
  z.strictObject({
    /** The timestamp of the step, e.g. `contactedAt`. */
    step: FactName,
    within: Duration,
    /** The timestamp the duration runs from; the order's start (`dispatchedAt`) when absent. */
    from: FactName.optional(),
    boundary: Boundary.default('inclusive'),
    label: LocalizedText.optional(),
  }),
  z.strictObject({
    step: FactName,
    /** A timestamp of the order the step must come by, e.g. `agreedAt`. */
    by: FactName,
    boundary: Boundary.default('inclusive'),
    label: LocalizedText.optional(),
  }),
]);
/** A deadline on a step of an order. */
export type OrderDeadline = z.infer<typeof OrderDeadline>;

/**
 * When an order costs points or a fine: a deadline missed, a flag set on the order, or `any`/`all`
 * of those. Every deadline of an `any` is checked and explained, not only the first missed.
 */
export type OrderCondition =
  | { missed: OrderDeadline }
  | { flag: string }
  | { any: OrderCondition[] }
  | { all: OrderCondition[] };

/** A condition as written (deadline boundaries may be left out). */
export type OrderConditionInput =
  | { missed: z.input<typeof OrderDeadline> }
  | { flag: string }
  | { any: OrderConditionInput[] }
  | { all: OrderConditionInput[] };

/** Schema of {@link OrderCondition}. */
export const OrderCondition: z.ZodType<OrderCondition, OrderConditionInput> = z.lazy(() =>
  z.union([
    z.strictObject({ missed: OrderDeadline }),
    z.strictObject({ flag: FactName }),
    z.strictObject({ any: z.array(OrderCondition).min(1) }),
    z.strictObject({ all: z.array(OrderCondition).min(1) }),
  ]),
);

/** The timestamps and flags a condition reads, for reference checks. */
export function conditionFields(condition: OrderCondition, into: { timestamps: Set<string>; flags: Set<string> } = { timestamps: new Set(), flags: new Set() }): { timestamps: Set<string>; flags: Set<string> } {
  if ('missed' in condition) {
    into.timestamps.add(condition.missed.step);
    if ('by' in condition.missed) into.timestamps.add(condition.missed.by);
    else if (condition.missed.from !== undefined) into.timestamps.add(condition.missed.from);
  } else if ('flag' in condition) into.flags.add(condition.flag);
  else if ('any' in condition) condition.any.forEach((c) => conditionFields(c, into));
  else condition.all.forEach((c) => conditionFields(c, into));
  return into;
}
