import { z } from 'zod';
import { toDecimal } from '../decimal';
import { HitPolicy } from '../model/bands';
import { DecimalLikeSchema, EditorSchemaRef, Id, LocalizedText, Provenance } from '../model/common';
import { FactName } from '../model/predicate';
import { Reading, SchemeStatus } from '../model/scorecard';
import { OrderCondition } from './orderCondition';

const NonNegative = DecimalLikeSchema.refine((value) => !toDecimal(value).isNegative(), { message: 'not negative' });

/** A named thing of a regime: an order kind, a breach kind, a timestamp, a flag. */
export const Named = z.strictObject({ name: FactName, label: LocalizedText });
/** A named field of an order. */
export type Named = z.infer<typeof Named>;

/** A kind of something (an order kind, a breach kind) with its names. */
export const KindSpec = z.strictObject({ id: Id, name: LocalizedText });
/** A kind with its names. */
export type KindSpec = z.infer<typeof KindSpec>;

/**
 * The orders (派单) a regime reads: their kinds, the timestamp they start from, the other
 * timestamps and flags they may carry, and fields naming people (the agent who dispatched them).
 * An input order with any other key is rejected.
 */
export const OrderSpec = z.strictObject({
  fact: FactName.default('orders'),
  kinds: z.array(KindSpec).min(1),
  /** The timestamp every order has and its deadlines run from. */
  start: Named.default({ name: 'dispatchedAt', label: { 'zh-CN': '派单', en: 'dispatch' } }),
  timestamps: z.array(Named).default([]),
  flags: z.array(Named).default([]),
  /** Fields holding a person id, e.g. the customer-service agent of the order. */
  people: z.array(Named).default([]),
});
/** The orders a regime reads. */
export type OrderSpec = z.infer<typeof OrderSpec>;

/** The breaches a regime reads: `[{ at, kind }]`. */
export const BreachSpec = z.strictObject({
  fact: FactName.default('breaches'),
  kinds: z.array(KindSpec).min(1),
});
/** The breaches a regime reads. */
export type BreachSpec = z.infer<typeof BreachSpec>;

/** A count a regime reads for the month, e.g. late arrivals for the attendance rule. */
export const CountSpec = z.strictObject({
  name: FactName,
  description: LocalizedText.optional(),
  /** A count left out of the input is 0 unless this is false. */
  optional: z.boolean().default(true),
});
/** A count a regime reads. */
export type CountSpec = z.infer<typeof CountSpec>;

/** What an offence is charged on: each order of some kinds that meets a condition, or each breach of a kind. */
export const OffenceSource = z.union([
  z.strictObject({ orders: z.array(Id).min(1), when: OrderCondition }),
  z.strictObject({ breaches: Id }),
]);
/** What an offence is charged on. */
export type OffenceSource = z.infer<typeof OffenceSource>;

/** An offence: points (扣分) and/or a fine, once per order or per breach. */
export const Offence = z
  .strictObject({
    id: Id,
    name: LocalizedText,
    on: OffenceSource,
    /** Penalty points per occurrence (positive: "扣0.5分" is 0.5). */
    points: NonNegative.optional(),
    /** A fine per occurrence in CNY, besides the points' fine. */
    fine: NonNegative.optional(),
    provenance: Provenance,
  })
  .refine((offence) => offence.points !== undefined || offence.fine !== undefined, { message: 'points or fine', path: ['points'] });
/** An offence. */
export type Offence = z.infer<typeof Offence>;

/**
 * Who pays a collective fine, by role: the subject; the nearest holder of the role up the subject's
 * reporting line; the only holder of the role in the chart; or the person an order field names.
 */
export const Payer = z.union([
  z.strictObject({ role: Id, name: LocalizedText.optional(), from: z.literal('subject') }),
  z.strictObject({ role: Id, name: LocalizedText.optional(), from: z.literal('reportingLine') }),
  z.strictObject({ role: Id, name: LocalizedText.optional(), from: z.literal('holder') }),
  z.strictObject({ role: Id, name: LocalizedText.optional(), from: z.literal('orderField'), field: FactName }),
]);
/** Who pays a collective fine. */
export type Payer = z.infer<typeof Payer>;

/** A collective penalty: when an order meets a condition, each payer is fined. */
export const CollectiveRule = z.strictObject({
  id: Id,
  name: LocalizedText,
  on: z.strictObject({ orders: z.array(Id).min(1), when: OrderCondition }),
  /** The fine on each payer, CNY. */
  fine: NonNegative,
  payers: z.array(Payer).min(1),
  provenance: Provenance,
});
/** A collective penalty. */
export type CollectiveRule = z.infer<typeof CollectiveRule>;

/** A sanction a threshold can bring (dismissal, a report to the employer, criticism), most severe highest. */
export const SanctionKind = z.strictObject({ id: Id, name: LocalizedText, severity: z.number().int().nonnegative() });
/** A sanction kind. */
export type SanctionKind = z.infer<typeof SanctionKind>;

/** What a threshold measures: penalty points, breaches of a kind, or a count fact of the month. */
export const Measure = z.union([z.literal('points'), z.strictObject({ breaches: Id }), z.strictObject({ fact: FactName })]);
/** What a threshold measures. */
export type Measure = z.infer<typeof Measure>;

/** A row of a threshold: an interval of the measured value and the sanction it brings. */
export const ThresholdTier = z.strictObject({
  min: DecimalLikeSchema.optional(),
  max: DecimalLikeSchema.optional(),
  minInclusive: z.boolean().default(true),
  maxInclusive: z.boolean().default(false),
  sanction: Id,
  label: LocalizedText.optional(),
});
/** A row of a threshold. */
export type ThresholdTier = z.infer<typeof ThresholdTier>;

/**
 * A threshold over a window of calendar months (the current month and the `months − 1` before it):
 * "1个考核月内扣分满2分" is `{ measure: 'points', months: 1, tiers: [{ min: 2, sanction: 'dismissal' }] }`.
 * A value in no tier brings no sanction.
 */
export const Threshold = z
  .strictObject({
    id: Id,
    name: LocalizedText,
    measure: Measure,
    months: z.number().int().min(1).max(36).default(1),
    hitPolicy: HitPolicy.default('unique'),
    tiers: z.array(ThresholdTier).min(1),
    provenance: Provenance,
  })
  .refine((t) => t.months === 1 || typeof t.measure === 'string' || !('fact' in t.measure), { message: 'a count fact has no history: months must be 1', path: ['months'] });
/** A threshold. */
export type Threshold = z.infer<typeof Threshold>;

/**
 * A penalty-point regime (扣分制): a person's offences of a month cost points and fines; points and
 * breaches over a calendar month or a rolling window of months bring sanctions; some lapses fine a
 * chain of people at once. Plain JSON, like a scorecard.
 */
export const PenaltyRegime = z.strictObject({
  $schema: EditorSchemaRef,
  schemaVersion: z.literal(1),
  kind: z.literal('penaltyRegime'),
  id: Id,
  version: z.string().min(1),
  name: LocalizedText,
  description: LocalizedText.optional(),
  status: SchemeStatus.default('complete'),
  organisation: Id.optional(),
  roles: z.array(Id).optional(),
  /** IANA time zone events are dated in; `Asia/Shanghai` unless set. */
  timeZone: z.string().min(1).default('Asia/Shanghai'),
  currency: z.literal('CNY').default('CNY'),
  /** CNY per penalty point ("每扣1分,扣人民币100元"). */
  finePerPoint: NonNegative,
  orders: OrderSpec,
  breaches: BreachSpec.optional(),
  counts: z.array(CountSpec).default([]),
  offences: z.array(Offence).min(1),
  collective: z.array(CollectiveRule).default([]),
  sanctionKinds: z.array(SanctionKind).default([]),
  thresholds: z.array(Threshold).default([]),
  readings: z.array(Reading).default([]),
  sources: z.array(z.string().min(1)).default([]),
});
/** A penalty regime as parsed. */
export type PenaltyRegime = z.infer<typeof PenaltyRegime>;
/** A penalty regime as written. */
export type PenaltyRegimeInput = z.input<typeof PenaltyRegime>;
