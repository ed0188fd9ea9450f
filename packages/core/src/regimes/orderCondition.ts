import * as z from 'zod';
import { LocalizedText } from '../model/common';
import { FactName } from '../model/predicate';
import { Boundary, Duration } from '../time/deadline';

const StepField = FactName.describe('The timestamp of the step, e.g. `contactedAt`.');
const DeadlineBoundary = Boundary.default('inclusive').describe('Whether the limit itself is on time; `inclusive` unless set.');
const DeadlineLabel = LocalizedText.optional().describe('The deadline\'s name in explanations, e.g. 联系用户 / contact.');

/**
 * A deadline on a step of an order: the step's timestamp must come within a duration of the order's
 * start (or of another timestamp, `from`), or by a time the order itself carries (`by`, e.g. the
 * time agreed with the user). When the order has no `by` time, the deadline does not apply.
 */
export const OrderDeadline = z.union([
  z.strictObject({
    step: StepField,
    within: Duration.describe('How long after `from` the step may come.'),
    from: FactName.optional().describe('The timestamp the duration runs from; the order\'s start (`dispatchedAt`) when absent.'),
    boundary: DeadlineBoundary,
    label: DeadlineLabel,
  }),
  z.strictObject({
    step: StepField,
    by: FactName.describe('A timestamp of the order the step must come by, e.g. `agreedAt`; the deadline does not apply to an order without it.'),
    boundary: DeadlineBoundary,
    label: DeadlineLabel,
  }),
]).meta({ examples: [{ step: 'arrivedAt', within: { hours: 4 } }, { step: 'contactedAt', by: 'agreedAt' }] });
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
    z.strictObject({ missed: OrderDeadline.describe('Holds when the order missed this deadline.') }),
    z.strictObject({ flag: FactName.describe('Holds when the order carries this flag, true.') }),
    z.strictObject({ any: z.array(OrderCondition).min(1).describe('Holds when at least one condition holds; each is checked and explained.') }),
    z.strictObject({ all: z.array(OrderCondition).min(1).describe('Holds when every condition holds.') }),
  ]),
).meta({
  description: 'When an order costs points or a fine: a missed deadline, a flag, or `any`/`all` of those.',
  examples: [{ missed: { step: 'arrivedAt', within: { hours: 4 } } }, { any: [{ flag: 'complaint' }, { missed: { step: 'contactedAt', within: { minutes: 30 } } }] }],
});

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
