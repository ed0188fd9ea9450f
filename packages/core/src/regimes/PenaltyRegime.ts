import * as z from 'zod';
import { HitPolicy } from '../model/bands';
import { EditorSchemaRef, Id, intervalEnds, LocalizedText, NonNegativeDecimal, Provenance, SourceName } from '../model/common';
import { FactName } from '../model/predicate';
import { Reading, SchemeStatus } from '../model/scorecard';
import { OrderCondition } from './orderCondition';

/** A named thing of a regime: an order kind, a breach kind, a timestamp, a flag. */
export const Named = z.strictObject({
  name: FactName.describe('The field\'s name in each order, e.g. `arrivedAt`.'),
  label: LocalizedText.describe('The field\'s name in explanations, e.g. 到场 / arrival.'),
}).meta({ examples: [{ name: 'arrivedAt', label: { 'zh-CN': '到场', en: 'arrival' } }] });
/** A named field of an order. */
export type Named = z.infer<typeof Named>;

/** A kind of something (an order kind, a breach kind) with its names. */
export const KindSpec = z.strictObject({ id: Id.describe('The kind\'s id, as orders and breaches write it.'), name: LocalizedText.describe('The kind\'s name.') }).meta({ examples: [{ id: 'repair', name: { 'zh-CN': '维修', en: 'Repair' } }] });
/** A kind with its names. */
export type KindSpec = z.infer<typeof KindSpec>;

/**
 * The orders (派单) a regime reads: their kinds, the timestamp they start from, the other
 * timestamps and flags they may carry, and fields naming people (the agent who dispatched them).
 * An input order with any other key is rejected.
 */
export const OrderSpec = z.strictObject({
  fact: FactName.default('orders').describe('The input fact holding the orders; `orders` unless set.'),
  kinds: z.array(KindSpec).min(1).describe('The kinds of order.'),
  start: Named.default({ name: 'dispatchedAt', label: { 'zh-CN': '派单', en: 'dispatch' } }).describe('The timestamp every order has and its deadlines run from; `dispatchedAt` (派单) unless set.'),
  timestamps: z.array(Named).default([]).describe('The other timestamps an order may carry; none unless set.'),
  flags: z.array(Named).default([]).describe('The true/false flags an order may carry; none unless set.'),
  people: z.array(Named).default([]).describe('Fields holding a person id, e.g. the customer-service agent of the order; none unless set.'),
}).meta({ examples: [{ kinds: [{ id: 'repair', name: { 'zh-CN': '维修', en: 'Repair' } }], timestamps: [{ name: 'arrivedAt', label: { 'zh-CN': '到场', en: 'arrival' } }] }] });
/** The orders a regime reads. */
export type OrderSpec = z.infer<typeof OrderSpec>;

/** The breaches a regime reads: `[{ at, kind }]`. */
export const BreachSpec = z.strictObject({
  fact: FactName.default('breaches').describe('The input fact holding the breaches; `breaches` unless set.'),
  kinds: z.array(KindSpec).min(1).describe('The kinds of breach.'),
}).meta({ examples: [{ kinds: [{ id: 'rude', name: { 'zh-CN': '态度恶劣', en: 'Rudeness' } }] }] });
/** The breaches a regime reads. */
export type BreachSpec = z.infer<typeof BreachSpec>;

/** A count a regime reads for the month, e.g. late arrivals for the attendance rule. */
export const CountSpec = z.strictObject({
  name: FactName.describe('The count\'s fact name, e.g. `lateArrivals`.'),
  description: LocalizedText.optional().describe('What is counted.'),
  optional: z.boolean().default(true).describe('Whether a count left out of the input is 0 (true) or an error (false); true unless set.'),
}).meta({ examples: [{ name: 'lateArrivals', description: { 'zh-CN': '迟到次数', en: 'late arrivals' } }] });
/** A count a regime reads. */
export type CountSpec = z.infer<typeof CountSpec>;

const OrderKinds = z.array(Id).min(1).describe('The order kinds this applies to.');

/** What an offence is charged on: each order of some kinds that meets a condition, or each breach of a kind. */
export const OffenceSource = z.union([
  z.strictObject({ orders: OrderKinds, when: OrderCondition }),
  z.strictObject({ breaches: Id.describe('The breach kind charged, once per breach.') }),
]).meta({ examples: [{ orders: ['repair'], when: { missed: { step: 'arrivedAt', within: { hours: 4 } } } }, { breaches: 'rude' }] });
/** What an offence is charged on. */
export type OffenceSource = z.infer<typeof OffenceSource>;

/** An offence: points (扣分) and/or a fine, once per order or per breach. */
export const Offence = z
  .strictObject({
    id: Id.describe('The offence\'s id.'),
    name: LocalizedText.describe('The offence, e.g. 超时到场 / Late arrival.'),
    on: OffenceSource.describe('What the offence is charged on.'),
    points: NonNegativeDecimal.optional().describe('Penalty points per occurrence (positive: "扣0.5分" is 0.5).'),
    fine: NonNegativeDecimal.optional().describe('A fine per occurrence in CNY, besides the points\' fine.'),
    provenance: Provenance.describe('Where the offence comes from.'),
  })
  .refine((offence) => offence.points !== undefined || offence.fine !== undefined, { message: 'points or fine', path: ['points'] }).meta({ examples: [{ id: 'late', name: { 'zh-CN': '超时到场', en: 'Late arrival' }, on: { orders: ['repair'], when: { missed: { step: 'arrivedAt', within: { hours: 4 } } } }, points: 0.5, provenance: { inferred: 'example' } }] });
/** An offence. */
export type Offence = z.infer<typeof Offence>;

const payerShape = {
  role: Id.describe('The payer\'s role.'),
  name: LocalizedText.optional().describe('The payer in explanations; the role\'s name unless set.'),
};

/**
 * Who pays a collective fine, by role: the subject; the nearest holder of the role up the subject's
 * reporting line; the only holder of the role in the chart; or the person an order field names.
 */
export const Payer = z.union([
  z.strictObject({ ...payerShape, from: z.literal('subject').describe('The subject, holding the role.') }),
  z.strictObject({ ...payerShape, from: z.literal('reportingLine').describe('The nearest holder of the role up the subject\'s reporting line.') }),
  z.strictObject({ ...payerShape, from: z.literal('holder').describe('The only holder of the role in the chart.') }),
  z.strictObject({ ...payerShape, from: z.literal('orderField').describe('The person an order field names.'), field: FactName.describe('The order field naming the person.') }),
]).meta({ examples: [{ role: 'station-head', from: 'reportingLine' }, { role: 'agent', from: 'orderField', field: 'agent' }] });
/** Who pays a collective fine. */
export type Payer = z.infer<typeof Payer>;

/** A collective penalty: when an order meets a condition, each payer is fined. */
export const CollectiveRule = z.strictObject({
  id: Id.describe('The rule\'s id.'),
  name: LocalizedText.describe('The rule, e.g. 超时连带处罚 / Joint fine for lateness.'),
  on: z
    .strictObject({ orders: OrderKinds, when: OrderCondition })
    .meta({ description: 'The orders and the condition that bring the fine.', examples: [{ orders: ['repair'], when: { flag: 'complaint' } }] }),
  fine: NonNegativeDecimal.describe('The fine on each payer, CNY.'),
  payers: z.array(Payer).min(1).describe('Who pays.'),
  provenance: Provenance.describe('Where the rule comes from.'),
}).meta({ examples: [{ id: 'joint', name: { 'zh-CN': '连带处罚', en: 'Joint fine' }, on: { orders: ['repair'], when: { flag: 'complaint' } }, fine: 50, payers: [{ role: 'station-head', from: 'reportingLine' }], provenance: { inferred: 'example' } }] });
/** A collective penalty. */
export type CollectiveRule = z.infer<typeof CollectiveRule>;

/** A sanction a threshold can bring (dismissal, a report to the employer, criticism), most severe highest. */
export const SanctionKind = z.strictObject({
  id: Id.describe('The sanction\'s id, e.g. `dismissal`.'),
  name: LocalizedText.describe('The sanction, e.g. 清退 / Dismissal.'),
  severity: z.number().int().nonnegative().meta({ description: 'How severe (≥ 0); the most severe sanction reached is the one reported.', examples: [3] }),
}).meta({ examples: [{ id: 'dismissal', name: { 'zh-CN': '清退', en: 'Dismissal' }, severity: 3 }] });
/** A sanction kind. */
export type SanctionKind = z.infer<typeof SanctionKind>;

/** What a threshold measures: penalty points, breaches of a kind, or a count fact of the month. */
export const Measure = z.union([
  z.literal('points'),
  z.strictObject({ breaches: Id.describe('Breaches of this kind.') }),
  z.strictObject({ fact: FactName.describe('A count declared in `counts`.') }),
]).meta({ examples: ['points', { breaches: 'rude' }, { fact: 'lateArrivals' }] });
/** What a threshold measures. */
export type Measure = z.infer<typeof Measure>;

/** A row of a threshold: an interval of the measured value and the sanction it brings. */
export const ThresholdTier = z.strictObject({
  ...intervalEnds,
  sanction: Id.describe('The sanction the row brings.'),
  label: LocalizedText.optional().describe('The row\'s label in explanations.'),
}).meta({ examples: [{ min: 2, sanction: 'dismissal' }] });
/** A row of a threshold. */
export type ThresholdTier = z.infer<typeof ThresholdTier>;

/**
 * A threshold over a window of calendar months (the current month and the `months − 1` before it):
 * "1个考核月内扣分满2分" is `{ measure: 'points', months: 1, tiers: [{ min: 2, sanction: 'dismissal' }] }`.
 * A value in no tier brings no sanction.
 */
export const Threshold = z
  .strictObject({
    id: Id.describe('The threshold\'s id.'),
    name: LocalizedText.describe('The threshold, e.g. 月扣分满2分 / 2 points in a month.'),
    measure: Measure.describe('What is measured: `points`, `{ "breaches": kind }` or `{ "fact": count }`.'),
    months: z.number().int().min(1).max(36).default(1).meta({ description: 'The window: the current month and the months − 1 before it; 1 unless set.', examples: [1, 3] }),
    hitPolicy: HitPolicy.default('unique').describe('How rows are matched; `unique` unless set.'),
    tiers: z.array(ThresholdTier).min(1).describe('The rows: intervals of the measured value and the sanction each brings.'),
    provenance: Provenance.describe('Where the threshold comes from.'),
  })
  .refine((t) => t.months === 1 || typeof t.measure === 'string' || !('fact' in t.measure), { message: 'a count fact has no history: months must be 1', path: ['months'] }).meta({ examples: [{ id: 'monthly-points', name: { 'zh-CN': '月扣分满2分', en: '2 points in a month' }, measure: 'points', tiers: [{ min: 2, sanction: 'dismissal' }], provenance: { inferred: 'example' } }] });
/** A threshold. */
export type Threshold = z.infer<typeof Threshold>;

/**
 * A penalty-point regime (扣分制): a person's offences of a month cost points and fines; points and
 * breaches over a calendar month or a rolling window of months bring sanctions; some lapses fine a
 * chain of people at once. Plain JSON, like a scorecard.
 */
export const PenaltyRegime = z.strictObject({
  $schema: EditorSchemaRef,
  schemaVersion: z.literal(1).describe('The version of kaohe\'s scheme format: 1.'),
  kind: z.literal('penaltyRegime').describe('What this file is: a penalty regime.'),
  id: Id.describe('The regime\'s id.'),
  version: z.string().min(1).meta({ description: 'The regime\'s own version, shown with every result.', examples: ['1.0.0'] }),
  name: LocalizedText.describe('The regime\'s name.'),
  description: LocalizedText.optional().describe('What the regime covers, in both languages.'),
  status: SchemeStatus.default('complete').describe('Where the regime stands; `complete` unless set.'),
  organisation: Id.optional().describe('The organisation this regime applies in.'),
  roles: z.array(Id).optional().describe('The roles this regime applies to.'),
  timeZone: z.string().min(1).default('Asia/Shanghai').meta({ description: 'The IANA time zone events are dated in; `Asia/Shanghai` unless set.', examples: ['Asia/Shanghai'] }),
  currency: z.literal('CNY').default('CNY').describe('The currency of fines: CNY.'),
  finePerPoint: NonNegativeDecimal.describe('CNY per penalty point ("每扣1分,扣人民币100元").'),
  orders: OrderSpec.describe('The orders (派单) the regime reads.'),
  breaches: BreachSpec.optional().describe('The breaches the regime reads: `[{ at, kind }]`.'),
  counts: z.array(CountSpec).default([]).describe('Counts read for the month, e.g. late arrivals; none unless set.'),
  offences: z.array(Offence).min(1).describe('The offences: points and/or a fine per order or per breach.'),
  collective: z.array(CollectiveRule).default([]).describe('Collective fines on several people at once; none unless set.'),
  sanctionKinds: z.array(SanctionKind).default([]).describe('The sanctions thresholds can bring; none unless set.'),
  thresholds: z.array(Threshold).default([]).describe('Thresholds over windows of months that bring sanctions; none unless set.'),
  readings: z.array(Reading).default([]).describe('Readings chosen where the source is ambiguous; none unless set.'),
  sources: z.array(SourceName).default([]).describe('The source documents; none unless set.'),
});
/** A penalty regime as parsed. */
export type PenaltyRegime = z.infer<typeof PenaltyRegime>;
/** A penalty regime as written. */
export type PenaltyRegimeInput = z.input<typeof PenaltyRegime>;
