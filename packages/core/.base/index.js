// ../../tmp/ref-src/decimal.ts
import DecimalJs from "decimal.js";
var Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40
});
var DECIMAL_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
function isDecimalString(value) {
  return DECIMAL_PATTERN.test(value.trim());
}
function toDecimal(value) {
  if (value instanceof Decimal) return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return new Decimal(value);
  }
  if (!isDecimalString(value)) throw new RangeError(`not a decimal numeral: ${JSON.stringify(value)}`);
  return new Decimal(value.trim());
}
function roundPoints(value) {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}
function formatFixed2(value) {
  const text = value.toFixed(2, Decimal.ROUND_HALF_UP);
  return text === "-0.00" ? "0.00" : text;
}
function formatShort(value) {
  const cut = value.toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
  const text = cut.toString();
  return cut.equals(value) ? text : `${text}\u2026`;
}
function clampDecimal(value, min, max) {
  let result = value;
  if (min !== void 0 && result.lessThan(min)) result = min;
  if (max !== void 0 && result.greaterThan(max)) result = max;
  return result;
}

// ../../tmp/ref-src/model/common.ts
import { z } from "zod";
var LOCALES = ["zh-CN", "en"];
var LocalizedText = z.strictObject({
  "zh-CN": z.string().min(1),
  en: z.string().min(1)
});
var SourceText = z.strictObject({
  "zh-CN": z.string().min(1),
  en: z.string().min(1).optional()
});
var Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_./-]*$/, { message: "identifier" }).max(200);
var DecimalLikeSchema = z.union([
  z.number().refine(Number.isFinite, { message: "finite" }),
  z.string().refine(isDecimalString, { message: "decimal" })
]);
var Provenance = z.union([
  z.strictObject({
    source: z.string().min(1),
    clause: z.string().min(1),
    note: z.string().optional()
  }),
  z.strictObject({
    inferred: z.string().min(1),
    source: z.string().min(1).optional(),
    clause: z.string().min(1).optional()
  })
]);
var PeriodKind = z.enum(["month", "quarter", "half-year", "year", "project"]);

// ../../tmp/ref-src/model/role.ts
import { z as z2 } from "zod";
var Role = z2.strictObject({
  id: Id,
  name: LocalizedText,
  /** The organisation's own code for the position, such as `DPT-YW-01`. */
  code: z2.string().min(1).optional(),
  /** 定员人数; `null` where the source leaves it blank. */
  headcount: z2.number().int().nonnegative().nullable().optional(),
  /** The role this one reports to; `null` for the top of the chart. */
  reportsTo: Id.nullable().optional(),
  /** Who the role reports to when that is outside the chart (e.g. 分管领导). */
  reportsToExternal: LocalizedText.optional(),
  /** A role that stands in for this one when its holder is absent (the A/B pair of seed 002). */
  deputy: Id.optional(),
  /** Roles named under this one that the source does not describe further. */
  undescribedReports: z2.array(LocalizedText).optional(),
  /** 职责. */
  responsibilities: z2.array(SourceText).default([]),
  /** 工作内容. */
  workItems: z2.array(SourceText).default([]),
  /** 任职条件. */
  qualifications: z2.array(SourceText).default([]),
  /** The id of the scheme the role is appraised with. */
  scorecard: Id.optional(),
  /** Whether holders are drawn for a project from a pool rather than appointed standing. */
  projectRole: z2.boolean().optional(),
  provenance: Provenance.optional()
});

// ../../tmp/ref-src/model/orgChart.ts
import { z as z3 } from "zod";
var RoleAssignment = z3.strictObject({
  role: Id,
  /** Set when the person holds the role for one project only (a project team). */
  project: z3.string().min(1).optional()
});
var Person = z3.strictObject({
  id: Id,
  name: z3.string().min(1),
  roles: z3.array(RoleAssignment).min(1),
  /** The person's direct supervisor; when absent, the holder of the role the person's role reports to. */
  reportsTo: Id.optional()
});
var OrgChart = z3.strictObject({
  schemaVersion: z3.literal(1),
  kind: z3.literal("orgChart"),
  id: Id,
  name: LocalizedText,
  description: SourceText.optional(),
  /** IANA time zone that events of this organisation are dated in (SCHEMES.md §0). */
  timeZone: z3.string().min(1).default("Asia/Shanghai"),
  /** The functions of the organisation (部门工作职能). */
  functions: z3.array(SourceText).default([]),
  roles: z3.array(Role).min(1),
  people: z3.array(Person).default([]),
  sources: z3.array(z3.string().min(1)).default([]),
  provenance: Provenance.optional()
});

// ../../tmp/ref-src/model/predicate.ts
import { z as z4 } from "zod";
var ComparisonOperator = z4.enum([
  "equal",
  "notEqual",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
  "in",
  "notIn"
]);
var PredicateValue = z4.union([
  z4.number().refine(Number.isFinite),
  z4.string(),
  z4.boolean(),
  z4.null(),
  z4.array(z4.union([z4.number().refine(Number.isFinite), z4.string(), z4.boolean()]))
]);
var FactName = z4.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: "fact name" });
var Predicate = z4.lazy(
  () => z4.union([
    z4.strictObject({ all: z4.array(Predicate).min(1) }),
    z4.strictObject({ any: z4.array(Predicate).min(1) }),
    z4.strictObject({ not: Predicate }),
    z4.strictObject({ fact: FactName, operator: ComparisonOperator, value: PredicateValue }),
    z4.strictObject({ item: z4.string().min(1), operator: ComparisonOperator, value: PredicateValue }),
    z4.strictObject({ field: FactName, operator: ComparisonOperator, value: PredicateValue })
  ])
);
function predicateFacts(predicate, into = /* @__PURE__ */ new Set()) {
  if ("all" in predicate) predicate.all.forEach((p) => predicateFacts(p, into));
  else if ("any" in predicate) predicate.any.forEach((p) => predicateFacts(p, into));
  else if ("not" in predicate) predicateFacts(predicate.not, into);
  else if ("fact" in predicate) into.add(predicate.fact);
  return into;
}
function predicateItems(predicate, into = /* @__PURE__ */ new Set()) {
  if ("all" in predicate) predicate.all.forEach((p) => predicateItems(p, into));
  else if ("any" in predicate) predicate.any.forEach((p) => predicateItems(p, into));
  else if ("not" in predicate) predicateItems(predicate.not, into);
  else if ("item" in predicate) into.add(predicate.item);
  return into;
}

// ../../tmp/ref-src/model/expr.ts
import { z as z5 } from "zod";
var VariadicOperator = z5.enum(["add", "sub", "mul", "div", "min", "max"]);
var UnaryOperator = z5.enum(["abs", "neg", "floor", "ceil"]);
var Expr = z5.lazy(
  () => z5.union([
    DecimalLikeSchema,
    z5.strictObject({ fact: FactName }),
    z5.strictObject({ item: z5.string().min(1) }),
    z5.strictObject({ value: z5.literal(true) }),
    z5.strictObject({ ratio: z5.tuple([Expr, Expr]), ifZero: Expr.optional() }),
    z5.strictObject({ op: VariadicOperator, args: z5.array(Expr).min(1) }),
    z5.strictObject({ op: UnaryOperator, args: z5.tuple([Expr]) }),
    z5.strictObject({ if: Predicate, then: Expr, else: Expr }),
    z5.strictObject({ daysBetween: z5.tuple([FactName, FactName]) }),
    z5.strictObject({ count: FactName, where: Predicate.optional() })
  ])
);
function exprFacts(expr, into = /* @__PURE__ */ new Set()) {
  if (typeof expr !== "object") return into;
  if ("fact" in expr) into.add(expr.fact);
  else if ("ratio" in expr) {
    exprFacts(expr.ratio[0], into);
    exprFacts(expr.ratio[1], into);
    if (expr.ifZero !== void 0) exprFacts(expr.ifZero, into);
  } else if ("op" in expr) expr.args.forEach((arg) => exprFacts(arg, into));
  else if ("if" in expr) {
    predicateFacts(expr.if, into);
    exprFacts(expr.then, into);
    exprFacts(expr.else, into);
  } else if ("daysBetween" in expr) expr.daysBetween.forEach((name) => into.add(name));
  else if ("count" in expr) into.add(expr.count);
  return into;
}
function exprItems(expr, into = /* @__PURE__ */ new Set()) {
  if (typeof expr !== "object") return into;
  if ("item" in expr) into.add(expr.item);
  else if ("ratio" in expr) {
    exprItems(expr.ratio[0], into);
    exprItems(expr.ratio[1], into);
    if (expr.ifZero !== void 0) exprItems(expr.ifZero, into);
  } else if ("op" in expr) expr.args.forEach((arg) => exprItems(arg, into));
  else if ("if" in expr) {
    predicateItems(expr.if, into);
    exprItems(expr.then, into);
    exprItems(expr.else, into);
  }
  return into;
}

// ../../tmp/ref-src/model/inputs.ts
import { z as z6 } from "zod";
var ScalarFactType = z6.enum([
  /** any decimal */
  "number",
  /** a whole number ≥ 0 (a count) */
  "count",
  /** a ratio such as 0.85 */
  "ratio",
  /** an amount of money (CNY) */
  "money",
  "boolean",
  /** one of `values` */
  "enum",
  "string",
  /** a local date `YYYY-MM-DD` */
  "date",
  /** an ISO 8601 date-time with an offset */
  "datetime"
]);
var specShape = {
  name: FactName,
  description: LocalizedText.optional(),
  /** For `enum`: the values allowed. */
  values: z6.array(z6.string().min(1)).min(1).optional(),
  /** Inclusive bounds for numeric types. */
  min: DecimalLikeSchema.optional(),
  max: DecimalLikeSchema.optional(),
  /** A fact that may be left out; `default` is then used if given. */
  optional: z6.boolean().optional(),
  default: z6.union([DecimalLikeSchema, z6.boolean()]).optional()
};
var FieldSpec = z6.strictObject({ ...specShape, type: ScalarFactType });
var FactSpec = z6.union([
  z6.strictObject({ ...specShape, type: ScalarFactType }),
  z6.strictObject({
    name: FactName,
    description: LocalizedText.optional(),
    type: z6.literal("events"),
    /** The field that dates each event (a `datetime` or `date` field); events outside the period are left out, with a warning. */
    dateField: FactName.optional(),
    fields: z6.array(FieldSpec).min(1),
    optional: z6.boolean().optional()
  })
]);

// ../../tmp/ref-src/model/bands.ts
import { z as z7 } from "zod";
var Band = z7.strictObject({
  id: Id,
  name: LocalizedText,
  min: DecimalLikeSchema.optional(),
  max: DecimalLikeSchema.optional(),
  minInclusive: z7.boolean().default(true),
  maxInclusive: z7.boolean().default(false),
  provenance: Provenance.optional()
});
var HitPolicy = z7.enum(["unique", "first"]);

// ../../tmp/ref-src/model/veto.ts
import { z as z8 } from "zod";
var VetoOutcome = z8.enum(["fail", "zeroBonus"]);
var Veto = z8.strictObject({
  id: Id,
  name: LocalizedText,
  when: Predicate,
  outcome: VetoOutcome,
  provenance: Provenance
});

// ../../tmp/ref-src/model/review.ts
import { z as z9 } from "zod";
var ReviewLevel = z9.strictObject({
  id: Id,
  name: LocalizedText,
  /** The role that reviews at this level, e.g. the subject's direct supervisor. */
  role: Id.optional(),
  /** Whether this level may adjust items (with a reason) or only confirm. */
  mayAdjust: z9.boolean().default(true)
});
var ReviewChain = z9.strictObject({
  levels: z9.array(ReviewLevel).min(1)
});

// ../../tmp/ref-src/model/raters.ts
import { z as z10 } from "zod";
var Rater = z10.strictObject({
  id: Id,
  name: LocalizedText.optional(),
  /** The rater's weight when ratings combine by weights. */
  weight: DecimalLikeSchema.optional()
});
var RaterCombination = z10.enum(["mean", "weighted", "divisor"]);
var RaterPanel = z10.strictObject({
  raters: z10.array(Rater).min(1),
  combine: RaterCombination.default("mean"),
  /** For `divisor`: the fixed divisor. */
  divisor: DecimalLikeSchema.optional(),
  /** The divisor a source document writes, kept to let the linter compare it with the rater list. */
  literalDivisor: DecimalLikeSchema.optional()
});

// ../../tmp/ref-src/model/item.ts
import { z as z24 } from "zod";

// ../../tmp/ref-src/rules/registry.ts
import { z as z23 } from "zod";

// ../../tmp/ref-src/rules/choice.ts
import { z as z11 } from "zod";

// ../../tmp/ref-src/locales/en.ts
var en = {
  "error.scheme_invalid": "invalid scheme: {reason}",
  "error.input_invalid": "invalid input: {reason}",
  "error.unsafe_key": 'the key "{key}" is not allowed (it could alter object prototypes)',
  "error.scheme_not_found": 'no scheme with id "{id}"',
  "error.extends_cycle": "schemes extend each other in a cycle: {cycle}",
  "error.async_required": 'scheme "{scheme}" has condition rules ({items}) that run through json-rules-engine: use appraise(), not appraiseSync()',
  "error.missing_fact": 'the fact "{fact}" is required and missing',
  "error.missing_rating": "item {item} needs a rating and has none",
  "error.unknown_rater": 'unknown rater "{rater}"; raters of this item: {raters}',
  "error.rating_out_of_range": "rating {value} is outside {min}\u2013{max}",
  "error.unknown_choice": '"{value}" is not one of: {allowed}',
  "error.no_tier_matched": "the value {value} falls in no tier",
  "error.tiers_overlap": "the value {value} falls in several tiers ({tiers}) of a unique-hit table",
  "error.event_outside_period": "the event dated {date} is outside the period {period}",
  "error.event_time_invalid": "{value} is not an ISO 8601 date-time with an offset (e.g. 2026-07-01T09:30:00+08:00)",
  "error.period_invalid": '"{value}" is not a {kind} period (write it as {format})',
  "error.missing_weights": "items without a weight: {items}; set a weight for each before the scheme can be used",
  "error.weights_not_100": "weights add up to {sum}, not 100",
  "error.not_evaluable": "{item} cannot be evaluated here",
  "error.division_by_zero": "division by zero in {expression}",
  "error.org_invalid": "invalid organisation: {reason}",
  "error.review_invalid": "invalid review: {reason}",
  "error.rater_incomplete": `rater "{rater}" rated {rated} but not {item}: a rater's total needs a rating of every rated item`,
  "error.no_grade_matched": "the score {value} falls in no grade",
  "error.leader_share_out_of_range": "the leader's share {value} is outside {min}\u2013{max} (the engineers' share, the rest, must lie within {engineersMin}\u2013{engineersMax})",
  "line.steps.start": "{item}: starts at {start} points",
  "line.steps.met": "{item}: {value} meets the target {target}",
  "line.steps.below": "{item}: {value} is {gap} below the target {target}: {steps} step(s) of {per} \xD7 {change} = {amount}",
  "line.steps.above": "{item}: {value} is {gap} above the target {target}: {steps} step(s) of {per} \xD7 {change} = {amount}",
  "line.perOccurrence.start": "{item}: starts at {start} points",
  "line.perOccurrence.count": "{item}: {count} occurrence(s), {allowance} allowed, {charged} charged at {each}: {amount}",
  "line.perOccurrence.allowed": "{item}: event #{n} of {date} is occurrence {ordinal} in {window}, within the allowance of {allowance}",
  "line.perOccurrence.event": "{item}: event #{n} of {date} ({window}): {each}",
  "line.perOccurrence.none": "{item}: no occurrence in the period",
  "line.tiers.match": "{item}: {value} falls in tier {tier} {interval} {label}: {amount}",
  "line.choice.option": '{item}: {fact} is "{label}": {amount}',
  "line.ratio.share": "{item}: {scale} \xD7 {share} = {amount}",
  "line.rated.single": "{item}: rated {ratings}",
  "line.rated.combined": "{item}: {raters} raters ({ratings}), {combine}: {amount}",
  "line.formula.value": "{item}: {expression} = {amount}",
  "line.condition.met": "{item}: condition met: {amount}",
  "line.condition.unmet": "{item}: condition not met: {amount}",
  "line.item.floor": "{item}: deductions stop at 0 (\u6263\u5B8C\u4E3A\u6B62): {amount}",
  "line.item.cap": "{item}: capped at its {points} points: {amount}",
  "line.item.rounding": "{item}: rounded to two decimals: {amount}",
  "line.item.weight": "{item}: weight {weight}% \xD7 achievement {achievement} = {amount}",
  "line.total.base": "base of {base} points",
  "line.total.floor": "the total stops at {floor}: {amount}",
  "line.veto.triggered": "veto {veto}: {condition} \u2192 {outcome}",
  "line.review.adjusted": "{level} adjusted {item} from {from} to {to}: {reason}",
  "line.review.confirmed": "{level} confirmed the appraisal",
  "line.total.composite": "composite of the totals of {count} rater(s) ({totals}) by {combine}: {composite}; the items add up to {sum}: {amount}",
  "bonus.base": "base bonus: contract {contract} \xD7 {rate} = {amount}",
  "bonus.coefficient": '{name} "{option}": \xD7 {value} = {amount}',
  "bonus.full": "full bonus: {amount}",
  "bonus.perQuarter": "spread evenly over {quarters} service quarter(s): {amount} a quarter",
  "bonus.grade": "grade {grade}: {factor} of the full bonus",
  "bonus.veto": "veto {veto}: the bonus is 0",
  "bonus.final": "final bonus: {amount}",
  "bonus.pool": "department pool: full \u2212 final = {amount}",
  "bonus.director": "{name}: {share} of the final bonus = {amount}",
  "bonus.leader": "{name}: {share} of the final bonus = {amount}",
  "bonus.engineers": "{name}: final bonus \u2212 leader's share = {amount}",
  "bonus.payout": "paid between {start} and {end}, the first payout window after the final payment was collected on {collectedOn}",
  "bonus.payoutPending": "not yet payable: the final payment has not been collected",
  "sanction.streak": "{streak} consecutive {grade} grades ({grades}): {sanction}",
  "outcome.fail": "fail",
  "outcome.zeroBonus": "bonus voided",
  "lint.scheme_invalid": "the scheme is invalid: {reason}",
  "lint.band_gap": "no band covers totals in {interval}",
  "lint.band_overlap": "bands {first} and {second} both cover {interval}",
  "lint.band_unreachable": "band {band} can never be hit: earlier bands cover all of it",
  "lint.weights_missing": "items without a weight: {items}",
  "lint.weights_not_100": "weights add up to {sum}, not 100",
  "lint.items_total_mismatch": "items add up to {sum}, not the declared total {declared}",
  "lint.items_sum": "items add up to {sum}",
  "lint.tier_gap": "item {item}: no tier covers {interval}",
  "lint.tier_overlap": "item {item}: tiers {first} and {second} both cover {interval}",
  "lint.tier_unreachable": "item {item}: tier {tier} can never be hit",
  "lint.fact_undeclared": `the fact "{fact}" is read by {where} but not declared in the scheme's inputs`,
  "lint.fact_unused": 'the fact "{fact}" is declared but no rule reads it',
  "lint.extends_cycle": "schemes extend each other in a cycle: {cycle}",
  "lint.extends_unknown": 'extends "{id}", which is not known',
  "lint.divisor_mismatch": "the divisor {divisor} disagrees with the {raters} raters listed ({list})",
  "lint.item_order": "item {item} reads item {ref}, which does not come before it",
  "lint.unknown_item_ref": '{where} reads item "{ref}", which the scheme does not have',
  "lint.duplicate_id": 'the id "{id}" is used more than once',
  "lint.rated_range": "item {item}: ratings up to {max} exceed the item's {points} points",
  "lint.status": "the scheme is a {status}: {detail}",
  "lint.no_bands": "the scheme has no rating bands",
  "lint.literal_overlap": '{where}: the literal text gives {value} to both "{first}" and "{second}"',
  // Penalty regimes and deadlines
  "error.timestamp_before_start": "order {event}: {field} ({value}) is before {start} ({startValue})",
  "line.deadline.none": "{item}: no event to check",
  "line.deadline.met": "{item}: {event} {check}: {at}, due {due}: on time",
  "line.deadline.late": "{item}: {event} {check}: {at}, due {due}: late: {amount}",
  "line.deadline.absent": "{item}: {event} {check}: no {field}, so not done by the end of the period; the deadline {due} had passed: {amount}",
  "line.deadline.pending": "{item}: {event} {check}: no {field}; the deadline {due} falls after the period: not yet due",
  "line.deadline.notApplicable": "{item}: {event} {check}: {reason}",
  "line.regime.check.met": "{order}: {step} at {at} ({elapsed}), {limit}: on time (deadline {due})",
  "line.regime.check.late": "{order}: {step} at {at} ({elapsed}), not {limit}: late (deadline {due})",
  "line.regime.check.absent": "{order}: the {step} timestamp is absent, so the step had not happened by the end of the period, and the deadline {due} ({limit}) had passed: missed",
  "line.regime.check.pending": "{order}: the {step} timestamp is absent, and the deadline {due} ({limit}) falls after the period: not yet due",
  "line.regime.check.notApplicable": "{order}: no {from} time, so the deadline on {step} does not apply",
  "line.regime.flag": "{order}: {flag}",
  "line.regime.offence.points": "{offence} ({ref}): {points} point(s)",
  "line.regime.fine.points": "{offence} ({ref}): {points} point(s) \xD7 {perPoint} CNY = {amount} CNY",
  "line.regime.fine.offence": "{offence} ({ref}): fine {amount} CNY",
  "line.regime.collective": "{rule} ({ref}): {role} {person} fined {amount} CNY",
  "line.regime.payer_unresolved": "{rule} ({ref}): no one found for {role}: {why}",
  "line.regime.total": "{period}: {points} penalty point(s); own fine {fine} CNY",
  "line.regime.window": "{threshold}: {terms} = {value}",
  "line.regime.history.none": "{month}: no history given, counted as 0",
  "line.regime.sanction": "{threshold}: {value} falls in {interval} \u2192 {sanction}",
  "line.regime.threshold.clear": "{threshold}: {value}: no sanction",
  "lint.threshold_overlap": "threshold {threshold}: tiers {first} and {second} both cover {interval}",
  "lint.threshold_unreachable": "threshold {threshold}: tier {tier} can never be hit"
};

// ../../tmp/ref-src/locales/zh-CN.ts
var zhCN = {
  "error.scheme_invalid": "\u65B9\u6848\u65E0\u6548:{reason}",
  "error.input_invalid": "\u8F93\u5165\u65E0\u6548:{reason}",
  "error.unsafe_key": '\u4E0D\u5141\u8BB8\u4F7F\u7528\u952E "{key}"(\u53EF\u80FD\u7BE1\u6539\u5BF9\u8C61\u539F\u578B)',
  "error.scheme_not_found": '\u627E\u4E0D\u5230 id \u4E3A "{id}" \u7684\u65B9\u6848',
  "error.extends_cycle": "\u65B9\u6848\u4E4B\u95F4\u5FAA\u73AF\u7EE7\u627F:{cycle}",
  "error.async_required": '\u65B9\u6848 "{scheme}" \u542B\u6709\u7ECF json-rules-engine \u6267\u884C\u7684\u6761\u4EF6\u89C4\u5219({items}):\u8BF7\u4F7F\u7528 appraise(),\u800C\u975E appraiseSync()',
  "error.missing_fact": '\u7F3A\u5C11\u5FC5\u9700\u7684\u4E8B\u5B9E "{fact}"',
  "error.missing_rating": "\u8003\u6838\u9879 {item} \u9700\u8981\u8BC4\u5206,\u4F46\u6CA1\u6709\u8BC4\u5206",
  "error.unknown_rater": '\u672A\u77E5\u7684\u8BC4\u5206\u4EBA "{rater}";\u672C\u9879\u7684\u8BC4\u5206\u4EBA\u4E3A:{raters}',
  "error.rating_out_of_range": "\u8BC4\u5206 {value} \u8D85\u51FA {min}\u2013{max} \u7684\u8303\u56F4",
  "error.unknown_choice": '"{value}" \u4E0D\u662F\u4EE5\u4E0B\u4E4B\u4E00:{allowed}',
  "error.no_tier_matched": "\u6570\u503C {value} \u4E0D\u843D\u5728\u4EFB\u4F55\u6863\u4F4D",
  "error.tiers_overlap": "\u6570\u503C {value} \u540C\u65F6\u843D\u5728\u552F\u4E00\u547D\u4E2D\u8868\u7684\u591A\u4E2A\u6863\u4F4D({tiers})",
  "error.event_outside_period": "\u65E5\u671F\u4E3A {date} \u7684\u4E8B\u4EF6\u4E0D\u5728\u8003\u6838\u671F {period} \u4E4B\u5185",
  "error.event_time_invalid": "{value} \u4E0D\u662F\u5E26\u65F6\u533A\u504F\u79FB\u7684 ISO 8601 \u65E5\u671F\u65F6\u95F4(\u4F8B\u5982 2026-07-01T09:30:00+08:00)",
  "error.period_invalid": '"{value}" \u4E0D\u662F{kind}\u8003\u6838\u671F(\u683C\u5F0F\u5E94\u4E3A {format})',
  "error.missing_weights": "\u4EE5\u4E0B\u8003\u6838\u9879\u6CA1\u6709\u6743\u91CD:{items};\u987B\u4E3A\u6BCF\u9879\u8BBE\u5B9A\u6743\u91CD\u540E\u65B9\u53EF\u4F7F\u7528\u672C\u65B9\u6848",
  "error.weights_not_100": "\u6743\u91CD\u5408\u8BA1\u4E3A {sum},\u4E0D\u662F 100",
  "error.not_evaluable": "\u6B64\u5904\u65E0\u6CD5\u8BA1\u7B97 {item}",
  "error.division_by_zero": "{expression} \u4E2D\u51FA\u73B0\u9664\u4EE5\u96F6",
  "error.org_invalid": "\u7EC4\u7EC7\u67B6\u6784\u65E0\u6548:{reason}",
  "error.review_invalid": "\u590D\u8BC4\u65E0\u6548:{reason}",
  "error.rater_incomplete": '\u8BC4\u5206\u4EBA "{rater}" \u8BC4\u4E86 {rated},\u4F46\u6CA1\u6709\u8BC4 {item}:\u8BC4\u5206\u4EBA\u7684\u603B\u5206\u9700\u8981\u6BCF\u4E2A\u8BC4\u5206\u9879\u7684\u8BC4\u5206',
  "error.no_grade_matched": "\u5206\u6570 {value} \u4E0D\u843D\u5728\u4EFB\u4F55\u8003\u6838\u7B49\u7EA7",
  "error.leader_share_out_of_range": "\u8D1F\u8D23\u4EBA\u7684\u5956\u91D1\u6BD4\u4F8B {value} \u4E0D\u5728 {min}\u2013{max} \u4E4B\u95F4(\u5176\u4F59\u5F52\u5DE5\u7A0B\u5E08,\u6BD4\u4F8B\u987B\u5728 {engineersMin}\u2013{engineersMax} \u4E4B\u95F4)",
  "line.steps.start": "{item}:\u8D77\u59CB {start} \u5206",
  "line.steps.met": "{item}:{value} \u8FBE\u5230\u76EE\u6807 {target}",
  "line.steps.below": "{item}:{value} \u4F4E\u4E8E\u76EE\u6807 {target} \u5171 {gap}:{steps} \u6863(\u6BCF\u6863 {per})\xD7 {change} = {amount}",
  "line.steps.above": "{item}:{value} \u9AD8\u4E8E\u76EE\u6807 {target} \u5171 {gap}:{steps} \u6863(\u6BCF\u6863 {per})\xD7 {change} = {amount}",
  "line.perOccurrence.start": "{item}:\u8D77\u59CB {start} \u5206",
  "line.perOccurrence.count": "{item}:\u5171 {count} \u6B21,\u5141\u8BB8 {allowance} \u6B21,\u8BA1 {charged} \u6B21,\u6BCF\u6B21 {each}:{amount}",
  "line.perOccurrence.allowed": "{item}:{date} \u7684\u7B2C {n} \u6761\u4E8B\u4EF6\u662F {window} \u5185\u7684\u7B2C {ordinal} \u6B21,\u5728\u5141\u8BB8\u7684 {allowance} \u6B21\u4E4B\u5185",
  "line.perOccurrence.event": "{item}:{date} \u7684\u7B2C {n} \u6761\u4E8B\u4EF6({window}):{each}",
  "line.perOccurrence.none": "{item}:\u8003\u6838\u671F\u5185\u672A\u53D1\u751F",
  "line.tiers.match": "{item}:{value} \u843D\u5728\u7B2C {tier} \u6863 {interval} {label}:{amount}",
  "line.choice.option": '{item}:{fact} \u4E3A"{label}":{amount}',
  "line.ratio.share": "{item}:{scale} \xD7 {share} = {amount}",
  "line.rated.single": "{item}:\u8BC4\u5206 {ratings}",
  "line.rated.combined": "{item}:{raters} \u4F4D\u8BC4\u5206\u4EBA({ratings}),\u6309 {combine} \u5408\u6210:{amount}",
  "line.formula.value": "{item}:{expression} = {amount}",
  "line.condition.met": "{item}:\u6761\u4EF6\u6210\u7ACB:{amount}",
  "line.condition.unmet": "{item}:\u6761\u4EF6\u4E0D\u6210\u7ACB:{amount}",
  "line.item.floor": "{item}:\u6263\u5B8C\u4E3A\u6B62,\u672C\u9879\u6700\u4F4E 0 \u5206:{amount}",
  "line.item.cap": "{item}:\u4EE5\u672C\u9879\u5206\u503C {points} \u5206\u5C01\u9876:{amount}",
  "line.item.rounding": "{item}:\u56DB\u820D\u4E94\u5165\u81F3\u4E24\u4F4D\u5C0F\u6570:{amount}",
  "line.item.weight": "{item}:\u6743\u91CD {weight}% \xD7 \u8FBE\u6210\u5206 {achievement} = {amount}",
  "line.total.base": "\u57FA\u7840\u5206 {base} \u5206",
  "line.total.floor": "\u603B\u5206\u6700\u4F4E {floor} \u5206:{amount}",
  "line.veto.triggered": "\u4E00\u7968\u5426\u51B3 {veto}:{condition} \u2192 {outcome}",
  "line.review.adjusted": "{level} \u5C06 {item} \u7531 {from} \u8C03\u6574\u4E3A {to}:{reason}",
  "line.review.confirmed": "{level} \u786E\u8BA4\u8003\u6838\u7ED3\u679C",
  "line.total.composite": "{count} \u4F4D\u8BC4\u5206\u4EBA\u7684\u603B\u5206({totals})\u6309{combine}\u5408\u6210\u7EFC\u5408\u5206\u6570 {composite};\u5404\u9879\u5408\u8BA1 {sum}:{amount}",
  "bonus.base": "\u57FA\u6570\u5DE5\u7A0B\u5956\u91D1:\u5408\u540C\u603B\u989D {contract} \xD7 {rate} = {amount}",
  "bonus.coefficient": '{name}"{option}":\xD7 {value} = {amount}',
  "bonus.full": "\u5168\u989D\u5DE5\u7A0B\u5956\u91D1:{amount}",
  "bonus.perQuarter": "\u6309 {quarters} \u4E2A\u670D\u52A1\u5B63\u5EA6\u5747\u5206:\u6BCF\u5B63\u5EA6 {amount}",
  "bonus.grade": "\u8003\u6838\u7B49\u7EA7 {grade}:\u5168\u989D\u5DE5\u7A0B\u5956\u91D1\u7684 {factor}",
  "bonus.veto": "\u4E00\u7968\u5426\u51B3 {veto}:\u5DE5\u7A0B\u5956\u91D1\u4E3A 0",
  "bonus.final": "\u6700\u7EC8\u5DE5\u7A0B\u5956\u91D1:{amount}",
  "bonus.pool": "\u6280\u672F\u90E8\u8D44\u91D1\u6C60:\u9884\u5B9A\u6570 \u2212 \u6700\u7EC8\u6570 = {amount}",
  "bonus.director": "{name}:\u6700\u7EC8\u5DE5\u7A0B\u5956\u91D1\u7684 {share} = {amount}",
  "bonus.leader": "{name}:\u6700\u7EC8\u5DE5\u7A0B\u5956\u91D1\u7684 {share} = {amount}",
  "bonus.engineers": "{name}:\u6700\u7EC8\u5DE5\u7A0B\u5956\u91D1 \u2212 \u8D1F\u8D23\u4EBA\u6240\u5F97 = {amount}",
  "bonus.payout": "\u4E8E {start} \u81F3 {end} \u53D1\u653E:\u5C3E\u6B3E\u4E8E {collectedOn} \u56DE\u6536\u540E\u7684\u7B2C\u4E00\u4E2A\u53D1\u653E\u671F",
  "bonus.payoutPending": "\u5C1A\u4E0D\u80FD\u53D1\u653E:\u5DE5\u7A0B\u5C3E\u6B3E\u5C1A\u672A\u56DE\u6536",
  "sanction.streak": "\u8FDE\u7EED {streak} \u4E2A {grade}({grades}):{sanction}",
  "outcome.fail": "\u8003\u6838\u4E0D\u5408\u683C",
  "outcome.zeroBonus": "\u5956\u91D1\u4E3A\u96F6",
  "lint.scheme_invalid": "\u65B9\u6848\u65E0\u6548:{reason}",
  "lint.band_gap": "\u603B\u5206\u533A\u95F4 {interval} \u6CA1\u6709\u5BF9\u5E94\u7684\u7B49\u7EA7",
  "lint.band_overlap": "\u7B49\u7EA7 {first} \u4E0E {second} \u540C\u65F6\u8986\u76D6 {interval}",
  "lint.band_unreachable": "\u7B49\u7EA7 {band} \u6C38\u8FDC\u4E0D\u4F1A\u547D\u4E2D:\u524D\u9762\u7684\u7B49\u7EA7\u5DF2\u8986\u76D6\u5176\u5168\u90E8\u533A\u95F4",
  "lint.weights_missing": "\u4EE5\u4E0B\u8003\u6838\u9879\u6CA1\u6709\u6743\u91CD:{items}",
  "lint.weights_not_100": "\u6743\u91CD\u5408\u8BA1\u4E3A {sum},\u4E0D\u662F 100",
  "lint.items_total_mismatch": "\u5404\u9879\u5206\u503C\u5408\u8BA1\u4E3A {sum},\u4E0E\u58F0\u660E\u7684\u603B\u5206 {declared} \u4E0D\u7B26",
  "lint.items_sum": "\u5404\u9879\u5206\u503C\u5408\u8BA1\u4E3A {sum}",
  "lint.tier_gap": "\u8003\u6838\u9879 {item}:\u533A\u95F4 {interval} \u6CA1\u6709\u5BF9\u5E94\u7684\u6863\u4F4D",
  "lint.tier_overlap": "\u8003\u6838\u9879 {item}:\u6863\u4F4D {first} \u4E0E {second} \u540C\u65F6\u8986\u76D6 {interval}",
  "lint.tier_unreachable": "\u8003\u6838\u9879 {item}:\u6863\u4F4D {tier} \u6C38\u8FDC\u4E0D\u4F1A\u547D\u4E2D",
  "lint.fact_undeclared": '{where} \u8BFB\u53D6\u4E86\u4E8B\u5B9E "{fact}",\u4F46\u65B9\u6848\u7684\u8F93\u5165\u4E2D\u6CA1\u6709\u58F0\u660E\u5B83',
  "lint.fact_unused": '\u58F0\u660E\u4E86\u4E8B\u5B9E "{fact}",\u4F46\u6CA1\u6709\u89C4\u5219\u8BFB\u53D6\u5B83',
  "lint.extends_cycle": "\u65B9\u6848\u4E4B\u95F4\u5FAA\u73AF\u7EE7\u627F:{cycle}",
  "lint.extends_unknown": '\u7EE7\u627F\u7684\u65B9\u6848 "{id}" \u4E0D\u5B58\u5728',
  "lint.divisor_mismatch": "\u9664\u6570 {divisor} \u4E0E\u5217\u51FA\u7684 {raters} \u4F4D\u8BC4\u5206\u4EBA({list})\u4E0D\u7B26",
  "lint.item_order": "\u8003\u6838\u9879 {item} \u8BFB\u53D6\u4E86\u8003\u6838\u9879 {ref},\u4F46\u540E\u8005\u4E0D\u5728\u5B83\u4E4B\u524D",
  "lint.unknown_item_ref": '{where} \u8BFB\u53D6\u7684\u8003\u6838\u9879 "{ref}" \u5728\u65B9\u6848\u4E2D\u4E0D\u5B58\u5728',
  "lint.duplicate_id": 'id "{id}" \u88AB\u91CD\u590D\u4F7F\u7528',
  "lint.rated_range": "\u8003\u6838\u9879 {item}:\u8BC4\u5206\u4E0A\u9650 {max} \u8D85\u8FC7\u672C\u9879\u5206\u503C {points} \u5206",
  "lint.status": "\u672C\u65B9\u6848\u4E3A{status}:{detail}",
  "lint.no_bands": "\u672C\u65B9\u6848\u6CA1\u6709\u8003\u6838\u7B49\u7EA7",
  "lint.literal_overlap": '{where}:\u539F\u6587\u628A {value} \u540C\u65F6\u5F52\u5165"{first}"\u4E0E"{second}"',
  // 扣分制度与期限
  "error.timestamp_before_start": "\u5DE5\u5355 {event}:{field}({value})\u65E9\u4E8E {start}({startValue})",
  "line.deadline.none": "{item}:\u6CA1\u6709\u9700\u8981\u68C0\u67E5\u7684\u4E8B\u4EF6",
  "line.deadline.met": "{item}:{event} {check}:{at},\u671F\u9650 {due}:\u6309\u65F6",
  "line.deadline.late": "{item}:{event} {check}:{at},\u671F\u9650 {due}:\u8D85\u65F6:{amount}",
  "line.deadline.absent": "{item}:{event} {check}:\u7F3A\u5C11 {field},\u89C6\u4E3A\u8003\u6838\u671F\u7ED3\u675F\u65F6\u4ECD\u672A\u5B8C\u6210;\u671F\u9650 {due} \u5DF2\u8FC7:{amount}",
  "line.deadline.pending": "{item}:{event} {check}:\u7F3A\u5C11 {field};\u671F\u9650 {due} \u5728\u8003\u6838\u671F\u4E4B\u540E:\u5C1A\u672A\u5230\u671F",
  "line.deadline.notApplicable": "{item}:{event} {check}:{reason}",
  "line.regime.check.met": "{order}:{step}\u4E8E {at}({elapsed}),{limit}:\u6309\u65F6(\u671F\u9650 {due})",
  "line.regime.check.late": "{order}:{step}\u4E8E {at}({elapsed}),\u672A\u5728{limit}:\u8D85\u65F6(\u671F\u9650 {due})",
  "line.regime.check.absent": "{order}:\u7F3A\u5C11{step}\u65F6\u95F4,\u89C6\u4E3A\u8003\u6838\u671F\u7ED3\u675F\u65F6\u4ECD\u672A\u5B8C\u6210,\u4E14\u671F\u9650 {due}({limit})\u5DF2\u8FC7:\u672A\u6309\u65F6",
  "line.regime.check.pending": "{order}:\u7F3A\u5C11{step}\u65F6\u95F4,\u671F\u9650 {due}({limit})\u5728\u8003\u6838\u671F\u4E4B\u540E:\u5C1A\u672A\u5230\u671F",
  "line.regime.check.notApplicable": "{order}:\u6CA1\u6709{from}\u65F6\u95F4,{step}\u7684\u671F\u9650\u4E0D\u9002\u7528",
  "line.regime.flag": "{order}:{flag}",
  "line.regime.offence.points": "{offence}({ref}):\u6263 {points} \u5206",
  "line.regime.fine.points": "{offence}({ref}):{points} \u5206 \xD7 {perPoint} \u5143 = {amount} \u5143",
  "line.regime.fine.offence": "{offence}({ref}):\u7F5A\u6B3E {amount} \u5143",
  "line.regime.collective": "{rule}({ref}):{role} {person} \u7F5A\u6B3E {amount} \u5143",
  "line.regime.payer_unresolved": "{rule}({ref}):\u627E\u4E0D\u5230{role}:{why}",
  "line.regime.total": "{period}:\u6263 {points} \u5206;\u672C\u4EBA\u7F5A\u6B3E {fine} \u5143",
  "line.regime.window": "{threshold}:{terms} = {value}",
  "line.regime.history.none": "{month}:\u672A\u63D0\u4F9B\u5386\u53F2\u8BB0\u5F55,\u6309 0 \u8BA1",
  "line.regime.sanction": "{threshold}:{value} \u843D\u5728 {interval} \u2192 {sanction}",
  "line.regime.threshold.clear": "{threshold}:{value}:\u4E0D\u4E88\u5904\u7406",
  "lint.threshold_overlap": "\u5904\u7406\u9608\u503C {threshold}:\u6863\u4F4D {first} \u4E0E {second} \u540C\u65F6\u8986\u76D6 {interval}",
  "lint.threshold_unreachable": "\u5904\u7406\u9608\u503C {threshold}:\u6863\u4F4D {tier} \u6C38\u8FDC\u4E0D\u4F1A\u547D\u4E2D"
};

// ../../tmp/ref-src/locales/render.ts
var CATALOGS = { en, "zh-CN": zhCN };
function paramText(value, locale) {
  if (value === void 0 || value === null) return "";
  if (typeof value === "object") return value[locale];
  return String(value);
}
function renderMessage(locale, code, params = {}) {
  const catalog = CATALOGS[locale];
  const template = Object.hasOwn(catalog, code) ? catalog[code] : void 0;
  if (template === void 0) return code;
  return template.replace(/\{(\w+)\}/g, (whole, key) => Object.hasOwn(params, key) ? paramText(params[key], locale) : whole);
}
function renderBoth(code, params = {}) {
  return { "zh-CN": renderMessage("zh-CN", code, params), en: renderMessage("en", code, params) };
}

// ../../tmp/ref-src/errors/KaoheError.ts
var KaoheError = class _KaoheError extends Error {
  name = "KaoheError";
  /** The first issue's code (stable across versions). */
  code;
  /** The first issue's path. */
  path;
  /** The first issue's parameters. */
  params;
  /** Every issue found, the first one included. */
  issues;
  /** The locale `message` was rendered in. */
  locale;
  /** What was being read when the error arose, if the caller said. */
  context;
  constructor(issues, options = {}) {
    const list = Array.isArray(issues) ? issues : [issues];
    const first = list[0];
    if (first === void 0) throw new TypeError("KaoheError needs at least one issue");
    const locale = options.locale ?? "en";
    super(formatIssues(list, locale, options.context));
    this.code = first.code;
    this.path = first.path;
    this.params = first.params;
    this.issues = list;
    this.locale = locale;
    this.context = options.context;
  }
  /** Renders every issue in the given locale, one a line. */
  format(locale = this.locale) {
    return formatIssues(this.issues, locale, this.context);
  }
  /** A copy of this error with a context (file, subject) and locale set. */
  withContext(context, locale = this.locale) {
    const joined = this.context === void 0 ? context : `${context}: ${this.context}`;
    return new _KaoheError(this.issues, { locale, context: joined });
  }
  /** Plain data for JSON output. */
  toJSON() {
    return { code: this.code, path: this.path, params: this.params, message: this.message, issues: this.issues };
  }
};
function formatPath(path) {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text === "" ? key : `.${key}`;
  }
  return text;
}
function formatIssues(issues, locale, context) {
  const lines = issues.map((issue) => {
    const where = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : "";
    return `${where}${renderMessage(locale, `error.${issue.code}`, issue.params)}`;
  });
  const prefix = context === void 0 ? "" : `${context}: `;
  return lines.length === 1 ? `${prefix}${lines[0]}` : `${prefix}${lines.join("\n  ")}`;
}
function isKaoheError(value) {
  return value instanceof KaoheError || value instanceof Error && value.name === "KaoheError" && "code" in value && "issues" in value;
}

// ../../tmp/ref-src/rules/ruleKit.ts
function ownPoints(item) {
  return item.points === void 0 ? void 0 : toDecimal(item.points);
}
function fullScale(item) {
  return ownPoints(item) ?? new Decimal(100);
}
function changeKind(amount) {
  if (amount.isNegative() && !amount.isZero()) return "deduction";
  if (amount.isPositive() && !amount.isZero()) return "bonus";
  return "score";
}
function awardKind(item, amount) {
  return item.points !== void 0 || item.weight !== void 0 ? "score" : changeKind(amount);
}
function line(code, kind, amount, arithmetic, params = {}, facts = {}) {
  return { code, kind, amount, arithmetic, params: { amount: formatShort(amount), ...params }, facts };
}
var show = formatShort;

// ../../tmp/ref-src/rules/choice.ts
var ChoiceOption = z11.strictObject({
  value: z11.string().min(1),
  points: DecimalLikeSchema,
  name: LocalizedText.optional()
});
var ChoiceRule = z11.strictObject({
  kind: z11.literal("choice"),
  fact: FactName,
  options: z11.array(ChoiceOption).min(1)
});
function evaluateChoice(rule, item, ctx) {
  const raw = ctx.facts[rule.fact];
  const allowed = rule.options.map((o) => o.value).join(", ");
  if (raw === void 0) throw new KaoheError({ code: "missing_fact", path: ["facts", rule.fact], params: { fact: rule.fact } });
  const value = typeof raw === "string" ? raw : typeof raw === "boolean" ? String(raw) : raw instanceof Decimal ? raw.toString() : void 0;
  const option = rule.options.find((o) => o.value === value);
  if (option === void 0) {
    throw new KaoheError({ code: "unknown_choice", path: ["facts", rule.fact], params: { value: String(value ?? typeof raw), allowed } });
  }
  const points = toDecimal(option.points);
  return {
    score: points,
    lines: [
      line("choice.option", awardKind(item, points), points, `${rule.fact} = ${option.value} \u2192 ${show(points)}`, {
        fact: rule.fact,
        value: option.value,
        label: option.name ?? option.value
      })
    ]
  };
}
function choiceFacts(rule) {
  return /* @__PURE__ */ new Set([rule.fact]);
}

// ../../tmp/ref-src/rules/condition.ts
import { Engine } from "json-rules-engine";
import { z as z12 } from "zod";

// ../../tmp/ref-src/evaluate/factValue.ts
function isEventList(value) {
  return Array.isArray(value);
}
function isDated(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "type" in value && (value.type === "date" || value.type === "datetime");
}
function factToJson(value) {
  if (value === void 0) return null;
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((event) => eventToJson(event));
  if (typeof value === "object" && "type" in value) {
    if (value.type === "date" || value.type === "datetime") return value.iso;
  }
  return value.toString();
}
function eventToJson(event) {
  const out = {};
  for (const [key, field] of Object.entries(event.fields)) out[key] = factToJson(field);
  return out;
}

// ../../tmp/ref-src/rules/condition.ts
var ConditionOperator = z12.enum([
  "equal",
  "notEqual",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
  "in",
  "notIn",
  "contains",
  "doesNotContain"
]);
var Scalar = z12.union([z12.number().refine(Number.isFinite), z12.string(), z12.boolean(), z12.null()]);
var SafeJsonPath = z12.string().regex(/^\$(\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])*$/, { message: "json path" });
var ConditionJson = z12.lazy(
  () => z12.union([
    z12.strictObject({ all: z12.array(ConditionJson).min(1) }),
    z12.strictObject({ any: z12.array(ConditionJson).min(1) }),
    z12.strictObject({ not: ConditionJson }),
    z12.strictObject({
      fact: FactName,
      operator: ConditionOperator,
      value: z12.union([Scalar, z12.array(Scalar), z12.strictObject({ fact: FactName })]),
      path: SafeJsonPath.optional()
    })
  ])
);
var ConditionRule = z12.strictObject({
  kind: z12.literal("condition"),
  when: z12.union([
    z12.strictObject({ all: z12.array(ConditionJson).min(1) }),
    z12.strictObject({ any: z12.array(ConditionJson).min(1) }),
    z12.strictObject({ not: ConditionJson })
  ]),
  points: DecimalLikeSchema,
  otherwise: DecimalLikeSchema.default(0)
});
function asDecimal(value) {
  if (typeof value === "number" && Number.isFinite(value)) return new Decimal(value);
  if (typeof value === "string" && isDecimalString(value)) return new Decimal(value.trim());
  return void 0;
}
function decimalOperator(test) {
  return (factValue, jsonValue) => {
    const a = asDecimal(factValue);
    const b = asDecimal(jsonValue);
    return a !== void 0 && b !== void 0 && test(a.comparedTo(b));
  };
}
function decimalEqual(factValue, jsonValue) {
  const a = asDecimal(factValue);
  const b = asDecimal(jsonValue);
  if (a !== void 0 && b !== void 0) return a.equals(b);
  return factValue === jsonValue;
}
function createConditionEngine(rule) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator("equal", decimalEqual);
  engine.addOperator("notEqual", (a, b) => !decimalEqual(a, b));
  engine.addOperator("lessThan", decimalOperator((c) => c < 0));
  engine.addOperator("lessThanInclusive", decimalOperator((c) => c <= 0));
  engine.addOperator("greaterThan", decimalOperator((c) => c > 0));
  engine.addOperator("greaterThanInclusive", decimalOperator((c) => c >= 0));
  engine.addOperator("in", (a, b) => Array.isArray(b) && b.some((x) => decimalEqual(a, x)));
  engine.addOperator("notIn", (a, b) => Array.isArray(b) && !b.some((x) => decimalEqual(a, x)));
  engine.addOperator("contains", (a, b) => Array.isArray(a) && a.some((x) => decimalEqual(x, b)));
  engine.addOperator("doesNotContain", (a, b) => Array.isArray(a) && !a.some((x) => decimalEqual(x, b)));
  engine.addRule({ conditions: rule.when, event: { type: "met" } });
  return engine;
}
function factsAsJson(ctx) {
  const out = {};
  for (const [name, value] of Object.entries(ctx.facts)) out[name] = factToJson(value);
  return out;
}
async function evaluateCondition(rule, engine, item, ctx) {
  const { events } = await engine.run(factsAsJson(ctx));
  const met = events.length > 0;
  const points = toDecimal(met ? rule.points : rule.otherwise);
  return {
    score: points,
    lines: [line(met ? "condition.met" : "condition.unmet", awardKind(item, points), points, `${met ? "met" : "not met"} \u2192 ${show(points)}`, { condition: JSON.stringify(rule.when) })]
  };
}
function conditionFacts(rule) {
  const facts = /* @__PURE__ */ new Set();
  const visit = (c) => {
    if ("all" in c) c.all.forEach(visit);
    else if ("any" in c) c.any.forEach(visit);
    else if ("not" in c) visit(c.not);
    else {
      facts.add(c.fact);
      if (typeof c.value === "object" && c.value !== null && !Array.isArray(c.value)) facts.add(c.value.fact);
    }
  };
  visit(rule.when);
  return facts;
}

// ../../tmp/ref-src/rules/deadline.ts
import { z as z16 } from "zod";

// ../../tmp/ref-src/evaluate/evaluatePredicate.ts
function comparableOf(value) {
  if (value === void 0) return null;
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (value instanceof Decimal) return value;
  if (Array.isArray(value)) return new Decimal(value.length);
  const dated = value;
  return dated.iso;
}
function scalarOf(value) {
  if (typeof value === "number") return new Decimal(value);
  return value;
}
function same(left, right) {
  if (left instanceof Decimal) {
    if (right instanceof Decimal) return left.equals(right);
    if (typeof right === "string" && isDecimalString(right)) return left.equals(new Decimal(right));
    return false;
  }
  if (right instanceof Decimal) return same(right, left);
  return left === right;
}
function order(left, right) {
  if (left === null || right === null) return void 0;
  const l = typeof left === "string" && isDecimalString(left) ? new Decimal(left) : left;
  const r = typeof right === "string" && isDecimalString(right) ? new Decimal(right) : right;
  if (l instanceof Decimal && r instanceof Decimal) return l.comparedTo(r);
  if (typeof l === "string" && typeof r === "string") return l < r ? -1 : l > r ? 1 : 0;
  return void 0;
}
function compareValues(left, operator, right) {
  const l = comparableOf(left);
  if (operator === "in" || operator === "notIn") {
    const list = Array.isArray(right) ? right : [right];
    const found = list.some((candidate) => same(l, scalarOf(candidate)));
    return operator === "in" ? found : !found;
  }
  if (Array.isArray(right)) return false;
  const r = scalarOf(right);
  switch (operator) {
    case "equal":
      return same(l, r);
    case "notEqual":
      return !same(l, r);
    default: {
      const cmp = order(l, r);
      if (cmp === void 0) return false;
      if (operator === "lessThan") return cmp < 0;
      if (operator === "lessThanInclusive") return cmp <= 0;
      if (operator === "greaterThan") return cmp > 0;
      return cmp >= 0;
    }
  }
}
function evaluatePredicate(predicate, ctx) {
  if ("all" in predicate) return predicate.all.every((p) => evaluatePredicate(p, ctx));
  if ("any" in predicate) return predicate.any.some((p) => evaluatePredicate(p, ctx));
  if ("not" in predicate) return !evaluatePredicate(predicate.not, ctx);
  if ("fact" in predicate) return compareValues(ctx.facts[predicate.fact], predicate.operator, predicate.value);
  if ("item" in predicate) return compareValues(ctx.items.get(predicate.item), predicate.operator, predicate.value);
  return compareValues(ctx.event?.fields[predicate.field], predicate.operator, predicate.value);
}
var OPERATOR_TEXT = {
  equal: "=",
  notEqual: "\u2260",
  lessThan: "<",
  lessThanInclusive: "\u2264",
  greaterThan: ">",
  greaterThanInclusive: "\u2265",
  in: "\u2208",
  notIn: "\u2209"
};
function describePredicate(predicate) {
  if ("all" in predicate) return predicate.all.map((p) => wrap(p)).join(" \u2227 ");
  if ("any" in predicate) return predicate.any.map((p) => wrap(p)).join(" \u2228 ");
  if ("not" in predicate) return `\xAC${wrap(predicate.not)}`;
  const subject = "fact" in predicate ? predicate.fact : "item" in predicate ? `item ${predicate.item}` : predicate.field;
  return `${subject} ${OPERATOR_TEXT[predicate.operator]} ${JSON.stringify(predicate.value)}`;
}
function wrap(predicate) {
  const text = describePredicate(predicate);
  return "all" in predicate || "any" in predicate ? `(${text})` : text;
}

// ../../tmp/ref-src/time/calendarDay.ts
import { TZDate as TZDate2 } from "@date-fns/tz";
import { addDays } from "date-fns";

// ../../tmp/ref-src/time/zonedDate.ts
import { TZDate } from "@date-fns/tz";
var DEFAULT_TIME_ZONE = "Asia/Shanghai";
var pad = (value, width = 2) => String(value).padStart(width, "0");
function makeLocalDate(year, month, day) {
  return { type: "date", iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, year, month, day };
}
function localDateOf(epochMs, timeZone) {
  const zoned = new TZDate(epochMs, timeZone);
  return makeLocalDate(zoned.getFullYear(), zoned.getMonth() + 1, zoned.getDate());
}
function isValidTimeZone(timeZone) {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}
var DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
var DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
function parseLocalDate(text) {
  const match = DATE_ONLY.exec(text);
  if (match === null) return void 0;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return void 0;
  return makeLocalDate(year, month, day);
}
function parseInstant(text) {
  if (!DATE_TIME.test(text)) return void 0;
  const datePart = parseLocalDate(text.slice(0, 10));
  if (datePart === void 0) return void 0;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? void 0 : ms;
}
function daysBetween(from, to) {
  const a = Date.UTC(from.year, from.month - 1, from.day);
  const b = Date.UTC(to.year, to.month - 1, to.day);
  return Math.round((b - a) / 864e5);
}
function monthKey(date) {
  return date.iso.slice(0, 7);
}
function quarterKey(date) {
  return `${pad(date.year, 4)}-Q${Math.floor((date.month - 1) / 3) + 1}`;
}

// ../../tmp/ref-src/time/calendarDay.ts
function toCalendarDay(date) {
  return new TZDate2(date.year, date.month - 1, date.day, "UTC");
}
function fromCalendarDay(day) {
  const utc = new TZDate2(day.getTime(), "UTC");
  return makeLocalDate(utc.getFullYear(), utc.getMonth() + 1, utc.getDate());
}
function addLocalDays(date, days) {
  return fromCalendarDay(addDays(toCalendarDay(date), days));
}
function startOfLocalDay(date, timeZone) {
  return new TZDate2(date.year, date.month - 1, date.day, timeZone).getTime();
}
function asLocalDate(value) {
  if (typeof value !== "string") return value;
  const date = parseLocalDate(value);
  if (date === void 0) throw new RangeError(`not a date YYYY-MM-DD: ${JSON.stringify(value)}`);
  return date;
}

// ../../tmp/ref-src/time/deadline.ts
import { z as z13 } from "zod";
var Positive = DecimalLikeSchema.refine((value) => toDecimal(value).greaterThan(0), { message: "positive" });
var Duration = z13.union([
  z13.strictObject({ minutes: Positive }),
  z13.strictObject({ hours: Positive }),
  z13.strictObject({ days: Positive })
]);
var Boundary = z13.enum(["inclusive", "exclusive"]);
var MS = { minutes: 6e4, hours: 36e5, days: 864e5 };
function durationMs(duration) {
  if ("minutes" in duration) return toDecimal(duration.minutes).times(MS.minutes);
  if ("hours" in duration) return toDecimal(duration.hours).times(MS.hours);
  return toDecimal(duration.days).times(MS.days);
}
function describeDuration(duration) {
  if ("minutes" in duration) return { en: `${formatShort(toDecimal(duration.minutes))} minutes`, "zh-CN": `${formatShort(toDecimal(duration.minutes))}\u5206\u949F` };
  if ("hours" in duration) return { en: `${formatShort(toDecimal(duration.hours))} hours`, "zh-CN": `${formatShort(toDecimal(duration.hours))}\u5C0F\u65F6` };
  return { en: `${formatShort(toDecimal(duration.days))} days`, "zh-CN": `${formatShort(toDecimal(duration.days))}\u5929` };
}
function describeElapsed(ms) {
  const total = Math.floor(Math.abs(ms) / 1e3);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor(total % 3600 / 60);
  const seconds = total % 60;
  const en2 = [hours > 0 ? `${hours} h` : "", minutes > 0 ? `${minutes} min` : "", seconds > 0 || total === 0 ? `${seconds} s` : ""].filter(Boolean).join(" ");
  const zh = `${hours > 0 ? `${hours}\u5C0F\u65F6` : ""}${minutes > 0 ? `${minutes}\u5206` : ""}${seconds > 0 || total === 0 ? `${seconds}\u79D2` : ""}`;
  return { en: en2, "zh-CN": zh };
}
function checkDeadline(args) {
  const { dueMs, atMs, boundary, periodEndMs } = args;
  if (atMs === void 0) {
    const passed = boundary === "inclusive" ? dueMs < periodEndMs : dueMs <= periodEndMs;
    return { status: passed ? "absent" : "pending", missed: passed, dueMs, atMs };
  }
  const onTime = boundary === "inclusive" ? atMs <= dueMs : atMs < dueMs;
  return { status: onTime ? "met" : "late", missed: !onTime, dueMs, atMs };
}
function dueAfter(startMs, duration) {
  return new Decimal(startMs).plus(durationMs(duration)).ceil().toNumber();
}

// ../../tmp/ref-src/time/period.ts
var PATTERNS = {
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  "half-year": /^(\d{4})-H([12])$/,
  year: /^(\d{4})$/
};
var PERIOD_FORMATS = {
  month: "YYYY-MM",
  quarter: "YYYY-Qn",
  "half-year": "YYYY-Hn",
  year: "YYYY",
  project: "any project id"
};
function lastDayOf(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function span(id, kind, year, firstMonth, monthCount) {
  const months = [];
  for (let m = firstMonth; m < firstMonth + monthCount; m += 1) months.push(`${year}-${String(m).padStart(2, "0")}`);
  const lastMonth = firstMonth + monthCount - 1;
  return {
    id,
    kind,
    start: makeLocalDate(year, firstMonth, 1),
    end: makeLocalDate(year, lastMonth, lastDayOf(year, lastMonth)),
    months
  };
}
function parsePeriod(text, kind) {
  if (kind === "project") {
    return text.trim() === "" ? void 0 : { id: text, kind, start: void 0, end: void 0, months: [] };
  }
  const match = PATTERNS[kind].exec(text);
  if (match === null) return void 0;
  const year = Number(match[1]);
  switch (kind) {
    case "month":
      return span(text, kind, year, Number(match[2]), 1);
    case "quarter":
      return span(text, kind, year, (Number(match[2]) - 1) * 3 + 1, 3);
    case "half-year":
      return span(text, kind, year, (Number(match[2]) - 1) * 6 + 1, 6);
    case "year":
      return span(text, kind, year, 1, 12);
  }
}
function periodContains(period, date) {
  if (period.start === void 0 || period.end === void 0) return true;
  return date.iso >= period.start.iso && date.iso <= period.end.iso;
}

// ../../tmp/ref-src/time/reportDue.ts
import { addWeeks, startOfISOWeek } from "date-fns";
import { z as z14 } from "zod";
var ReportKind = z14.enum(["weekly", "monthly", "quarterly", "annual"]);
var ReportSchedule = z14.strictObject({
  /** ISO weekday the weekly report of the week before is due on (1 = Monday). */
  weeklyDueWeekday: z14.number().int().min(1).max(7).default(1),
  /** Day of the month after the period that monthly, quarterly and annual reports are due by. */
  dueDay: z14.number().int().min(1).max(28).default(3),
  /** Whether the due day itself is still on time ("3日前" read as on or before the 3rd). */
  dueDayInclusive: z14.boolean().default(true)
});
var WEEK = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/;
var MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
var QUARTER = /^(\d{4})-Q([1-4])$/;
var YEAR = /^(\d{4})$/;
var REPORT_COVERS_FORMATS = {
  weekly: "YYYY-Www, or any date YYYY-MM-DD in the week",
  monthly: "YYYY-MM",
  quarterly: "YYYY-Qn",
  annual: "YYYY"
};
function mondayOfWeek(covers) {
  const date = parseLocalDate(covers);
  if (date !== void 0) return fromCalendarDay(startOfISOWeek(toCalendarDay(date)));
  const match = WEEK.exec(covers);
  if (match === null) return void 0;
  const firstMonday = startOfISOWeek(toCalendarDay(makeLocalDate(Number(match[1]), 1, 4)));
  const monday = fromCalendarDay(addWeeks(firstMonday, Number(match[2]) - 1));
  return monday;
}
function firstOfMonthAfter(year, lastMonth) {
  return lastMonth === 12 ? { year: year + 1, month: 1 } : { year, month: lastMonth + 1 };
}
function reportDueDate(kind, covers, schedule = {}) {
  const rules = ReportSchedule.parse(schedule);
  if (kind === "weekly") {
    const monday = mondayOfWeek(covers);
    return monday === void 0 ? void 0 : addLocalDays(monday, 7 + rules.weeklyDueWeekday - 1);
  }
  let next;
  const month = kind === "monthly" ? MONTH.exec(covers) : null;
  const quarter = kind === "quarterly" ? QUARTER.exec(covers) : null;
  const year = kind === "annual" ? YEAR.exec(covers) : null;
  if (month !== null) next = firstOfMonthAfter(Number(month[1]), Number(month[2]));
  else if (quarter !== null) next = firstOfMonthAfter(Number(quarter[1]), Number(quarter[2]) * 3);
  else if (year !== null) next = firstOfMonthAfter(Number(year[1]), 12);
  if (next === void 0) return void 0;
  const due = makeLocalDate(next.year, next.month, rules.dueDay);
  return rules.dueDayInclusive ? due : addLocalDays(due, -1);
}
function reportTimeliness(kind, covers, submittedOn, schedule = {}) {
  const due = reportDueDate(kind, covers, schedule);
  if (due === void 0) return void 0;
  const submitted = asLocalDate(submittedOn);
  let daysLate = 0;
  for (let day = due; day.iso < submitted.iso; day = addLocalDays(day, 1)) daysLate += 1;
  return { due, submitted, late: daysLate > 0, daysLate };
}

// ../../tmp/ref-src/time/workingDays.ts
import { getISODay } from "date-fns";
import { z as z15 } from "zod";

// ../../tmp/ref-src/errors/fromZod.ts
function maxDepth(issues) {
  return issues.reduce((depth, issue) => Math.max(depth, issue.path.length + (issue.code === "invalid_union" ? maxDepth(issue.errors.flat()) : 0)), 0);
}
function bestBranch(errors) {
  let best = [];
  let bestScore = -1;
  for (const branch of errors) {
    const rootTypeMiss = branch.every((issue) => issue.path.length === 0 && (issue.code === "invalid_type" || issue.code === "unrecognized_keys"));
    const score = maxDepth(branch) * 10 + (rootTypeMiss ? 0 : 5) - branch.length;
    if (score > bestScore) {
      best = branch;
      bestScore = score;
    }
  }
  return best;
}
function describe(issue) {
  switch (issue.code) {
    case "invalid_type":
      return { en: `expected ${issue.expected}`, "zh-CN": `\u5E94\u4E3A ${issue.expected}` };
    case "unrecognized_keys":
      return { en: `unknown key(s) ${issue.keys.join(", ")}`, "zh-CN": `\u672A\u77E5\u7684\u952E ${issue.keys.join(", ")}` };
    case "invalid_value":
      return {
        en: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`,
        "zh-CN": `\u5E94\u4E3A ${issue.values.map((v) => JSON.stringify(v)).join("\u3001")} \u4E4B\u4E00`
      };
    case "too_small":
      return { en: `must be at least ${String(issue.minimum)}${issue.origin === "array" ? " element(s)" : ""}`, "zh-CN": `\u4E0D\u5F97\u5C0F\u4E8E ${String(issue.minimum)}${issue.origin === "array" ? " \u4E2A\u5143\u7D20" : ""}` };
    case "too_big":
      return { en: `must be at most ${String(issue.maximum)}`, "zh-CN": `\u4E0D\u5F97\u5927\u4E8E ${String(issue.maximum)}` };
    case "invalid_format":
      return { en: `invalid ${issue.format}`, "zh-CN": `${issue.format} \u683C\u5F0F\u65E0\u6548` };
    case "custom":
      return { en: `invalid ${issue.message}`, "zh-CN": `${issue.message} \u65E0\u6548` };
    case "invalid_union":
      return { en: "matches none of the allowed forms", "zh-CN": "\u4E0D\u7B26\u5408\u4EFB\u4F55\u5141\u8BB8\u7684\u5F62\u5F0F" };
    default:
      return { en: issue.message, "zh-CN": issue.message };
  }
}
function issuesFromZod(issues, code, prefix = []) {
  const out = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map((key) => typeof key === "symbol" ? String(key) : key)];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const branch = bestBranch(issue.errors);
      if (branch.length > 0) {
        out.push(...issuesFromZod(branch, code, path));
        continue;
      }
    }
    out.push({ code, path, params: { reason: describe(issue) } });
  }
  return out;
}

// ../../tmp/ref-src/safety/assertSafeJson.ts
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function assertSafeJson(value, path = []) {
  const stack = [{ value, path }];
  while (stack.length > 0) {
    const { value: current, path: at } = stack.pop();
    if (typeof current === "function" || typeof current === "symbol" || typeof current === "bigint") {
      throw new KaoheError({ code: "scheme_invalid", path: at, params: { reason: `a ${typeof current} is not JSON` } });
    }
    if (typeof current !== "object" || current === null) continue;
    if (Array.isArray(current)) {
      current.forEach((element, index) => stack.push({ value: element, path: [...at, index] }));
      continue;
    }
    const proto = Object.getPrototypeOf(current);
    if (proto !== Object.prototype && proto !== null) {
      throw new KaoheError({ code: "scheme_invalid", path: at, params: { reason: "only plain objects are JSON" } });
    }
    for (const key of Reflect.ownKeys(current)) {
      if (typeof key === "symbol") throw new KaoheError({ code: "scheme_invalid", path: at, params: { reason: "symbol keys are not JSON" } });
      if (FORBIDDEN_KEYS.has(key)) throw new KaoheError({ code: "unsafe_key", path: [...at, key], params: { key } });
      stack.push({ value: current[key], path: [...at, key] });
    }
  }
}
function parseJsonSafely(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new KaoheError({ code: "scheme_invalid", path: [], params: { reason: error instanceof Error ? error.message : "not JSON" } });
  }
  assertSafeJson(parsed);
  return parsed;
}

// ../../tmp/ref-src/time/workingDays.ts
var LocalDateText = z15.string().refine((text) => parseLocalDate(text) !== void 0, { message: "date YYYY-MM-DD" });
var WorkingCalendar = z15.strictObject({
  id: Id.optional(),
  name: LocalizedText.optional(),
  /** ISO weekdays that are days off unless listed in `workdays` (1 Monday … 7 Sunday); Saturday and Sunday by default. */
  weekend: z15.array(z15.number().int().min(1).max(7)).default([6, 7]),
  /** Days off that would otherwise be working days (法定节假日). */
  holidays: z15.array(LocalDateText).default([]),
  /** Make-up working days on what would otherwise be days off (调休上班). */
  workdays: z15.array(LocalDateText).default([]),
  provenance: Provenance.optional()
}).superRefine((calendar, ctx) => {
  const holidays = new Set(calendar.holidays);
  calendar.workdays.forEach((date, index) => {
    if (holidays.has(date)) ctx.addIssue({ code: "custom", path: ["workdays", index], message: `date listed both as a holiday and as a working day (${date})` });
  });
});
function parseWorkingCalendar(data) {
  assertSafeJson(data);
  const parsed = WorkingCalendar.safeParse(data);
  if (!parsed.success) throw new KaoheError(issuesFromZod(parsed.error.issues, "input_invalid"));
  return parsed.data;
}
function isWorkingDay(calendar, date) {
  const day = asLocalDate(date);
  if (calendar.workdays.includes(day.iso)) return true;
  if (calendar.holidays.includes(day.iso)) return false;
  return !calendar.weekend.includes(getISODay(toCalendarDay(day)));
}
function addWorkingDays(calendar, from, n) {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number \u2265 0: ${n}`);
  let day = asLocalDate(from);
  let left = n;
  for (let guard = 0; left > 0; guard += 1) {
    if (guard > 3660) throw new RangeError("no working day found within ten years: check the calendar");
    day = addLocalDays(day, 1);
    if (isWorkingDay(calendar, day)) left -= 1;
  }
  return day;
}
function workingDaysBetween(calendar, from, to) {
  const end = asLocalDate(to).iso;
  let day = asLocalDate(from);
  let count = 0;
  while (day.iso < end) {
    day = addLocalDays(day, 1);
    if (isWorkingDay(calendar, day)) count += 1;
  }
  return count;
}
function withinWorkingDays(calendar, from, to, n) {
  return asLocalDate(to).iso <= addWorkingDays(calendar, from, n).iso;
}

// ../../tmp/ref-src/rules/deadline.ts
var DeadlineLimit = z16.union([
  Duration,
  z16.strictObject({ workingDays: z16.number().int().nonnegative(), calendar: WorkingCalendar.optional() }),
  z16.strictObject({ byClass: FactName, limits: z16.record(z16.string().min(1), Duration) }),
  z16.strictObject({ report: ReportSchedule, kindField: FactName })
]);
var DeadlineCheckSpec = z16.strictObject({
  id: Id,
  name: LocalizedText,
  from: FactName,
  to: FactName,
  limit: DeadlineLimit,
  boundary: Boundary.default("inclusive"),
  /** Points per missed deadline (negative: a deduction). */
  each: DecimalLikeSchema
});
var DeadlineRule = z16.strictObject({
  kind: z16.literal("deadline"),
  events: FactName,
  where: Predicate.optional(),
  checks: z16.array(DeadlineCheckSpec).min(1),
  /** The score before deductions; the item's points when absent, 0 for an item without points. */
  start: DecimalLikeSchema.optional()
});
function localOf(value) {
  if (!isDated(value)) return void 0;
  return value.type === "date" ? value : value.local;
}
function bad(path, en2, zh) {
  return new KaoheError({ code: "input_invalid", path, params: { reason: { en: en2, "zh-CN": zh } } });
}
function checkByDate(dueDate, to, spec, ctx, path) {
  const zone = ctx.timeZone;
  const lastDay = spec.boundary === "inclusive" ? dueDate : addLocalDays(dueDate, -1);
  const dueMs = startOfLocalDay(addLocalDays(lastDay, 1), zone) - 1;
  const end = ctx.period.end;
  const periodEndMs = end === void 0 ? Number.POSITIVE_INFINITY : startOfLocalDay(addLocalDays(end, 1), zone);
  const date = to === void 0 ? void 0 : localOf(to);
  if (to !== void 0 && date === void 0) throw bad([...path, spec.to], "expected a date", "\u5E94\u4E3A\u65E5\u671F");
  const atMs = date === void 0 ? void 0 : startOfLocalDay(date, zone);
  const outcome = checkDeadline({ dueMs, atMs, boundary: "inclusive", periodEndMs });
  return { outcome, due: lastDay.iso, at: date?.iso ?? "" };
}
function evaluateCheck(spec, event, ctx, path) {
  const from = event.fields[spec.from];
  const to = event.fields[spec.to];
  if (from === void 0) return { notApplicable: `${spec.from} absent` };
  const limit = spec.limit;
  if ("workingDays" in limit) {
    const start = localOf(from);
    if (start === void 0) throw bad([...path, spec.from], "expected a date", "\u5E94\u4E3A\u65E5\u671F");
    return checkByDate(addWorkingDays(limit.calendar ?? WorkingCalendar.parse({}), start, limit.workingDays), to, spec, ctx, path);
  }
  if ("report" in limit) {
    const kind = ReportKind.safeParse(event.fields[limit.kindField]);
    if (!kind.success) throw bad([...path, limit.kindField], `expected one of ${ReportKind.options.join(", ")}`, `\u5E94\u4E3A ${ReportKind.options.join("\u3001")} \u4E4B\u4E00`);
    const covers = typeof from === "string" ? from : localOf(from)?.iso;
    const due = covers === void 0 ? void 0 : reportDueDate(kind.data, covers, limit.report);
    if (due === void 0) throw bad([...path, spec.from], `"${String(covers)}" is not a ${kind.data} period`, `"${String(covers)}" \u4E0D\u662F${kind.data}\u62A5\u544A\u7684\u5468\u671F`);
    return checkByDate(due, to, spec, ctx, path);
  }
  if (typeof from !== "object" || !("type" in from) || from.type !== "datetime") throw bad([...path, spec.from], "expected a date-time", "\u5E94\u4E3A\u65E5\u671F\u65F6\u95F4");
  let duration;
  if ("byClass" in limit) {
    const cls = event.fields[limit.byClass];
    const found = typeof cls === "string" && Object.hasOwn(limit.limits, cls) ? limit.limits[cls] : void 0;
    if (found === void 0) throw bad([...path, limit.byClass], `no limit for class ${String(cls)}; classes: ${Object.keys(limit.limits).join(", ")}`, `\u7C7B\u522B ${String(cls)} \u6CA1\u6709\u65F6\u9650;\u5DF2\u6709\u7C7B\u522B:${Object.keys(limit.limits).join("\u3001")}`);
    duration = found;
  } else duration = limit;
  const atValue = to === void 0 ? void 0 : to;
  if (atValue !== void 0 && (typeof atValue !== "object" || !("type" in atValue) || atValue.type !== "datetime")) throw bad([...path, spec.to], "expected a date-time", "\u5E94\u4E3A\u65E5\u671F\u65F6\u95F4");
  const atMs = atValue === void 0 ? void 0 : atValue.epochMs;
  if (atMs !== void 0 && atMs < from.epochMs) {
    throw new KaoheError({ code: "timestamp_before_start", path: [...path, spec.to], params: { event: typeof event.fields.id === "string" ? event.fields.id : `#${event.index + 1}`, field: spec.to, value: atValue.iso, start: spec.from, startValue: from.iso } });
  }
  const dueMs = dueAfter(from.epochMs, duration);
  const end = ctx.period.end;
  const periodEndMs = end === void 0 ? Number.POSITIVE_INFINITY : startOfLocalDay(addLocalDays(end, 1), ctx.timeZone);
  const outcome = checkDeadline({ dueMs, atMs, boundary: spec.boundary, periodEndMs });
  return { outcome, due: new Date(dueMs).toISOString(), at: atValue === void 0 ? "" : atValue.iso };
}
function evaluateDeadline(rule, item, ctx) {
  const start = rule.start === void 0 ? ownPoints(item) ?? new Decimal(0) : toDecimal(rule.start);
  const lines = [];
  if (!start.isZero()) lines.push(line("perOccurrence.start", "score", start, show(start), { start: show(start) }));
  let score = start;
  const events = ctx.facts[rule.events];
  if (events === void 0) throw new KaoheError({ code: "missing_fact", path: ["facts", rule.events], params: { fact: rule.events } });
  if (!isEventList(events)) throw bad(["facts", rule.events], "expected a list of events", "\u5E94\u4E3A\u4E8B\u4EF6\u5217\u8868");
  const where = rule.where;
  const counted = events.filter((e) => (e.date === void 0 || periodContains(ctx.period, e.date)) && (where === void 0 || evaluatePredicate(where, { ...ctx, event: e })));
  for (const event of counted) {
    const path = ["facts", rule.events, event.index];
    const facts = { [rule.events]: { index: event.index, ...eventToJson(event) } };
    const eventName = `#${event.index + 1}${typeof event.fields.id === "string" ? ` ${event.fields.id}` : ""}`;
    for (const spec of rule.checks) {
      const result = evaluateCheck(spec, event, ctx, path);
      const params = { event: eventName, check: spec.name, field: spec.to };
      if ("notApplicable" in result) {
        lines.push(line("deadline.notApplicable", "score", new Decimal(0), result.notApplicable, { ...params, reason: result.notApplicable }, facts));
        continue;
      }
      const amount = result.outcome.missed ? toDecimal(spec.each) : new Decimal(0);
      score = score.plus(amount);
      const arithmetic = `${spec.to} ${result.at || "\u2014"} vs ${result.due} (${spec.boundary}) \u2192 ${result.outcome.status}${amount.isZero() ? "" : ` ${show(amount)}`}`;
      lines.push(line(`deadline.${result.outcome.status}`, changeKind(amount), amount, arithmetic, { ...params, at: result.at, due: result.due }, facts));
    }
  }
  if (counted.length === 0) lines.push(line("deadline.none", "score", new Decimal(0), `0 \xD7 ${rule.events}`, {}));
  return { score, lines };
}
function deadlineFacts(rule) {
  const facts = /* @__PURE__ */ new Set([rule.events]);
  if (rule.where !== void 0) predicateFacts(rule.where, facts);
  return facts;
}

// ../../tmp/ref-src/rules/formula.ts
import { z as z17 } from "zod";

// ../../tmp/ref-src/errors/reasons.ts
var TERMS = {
  number: { en: "a number", "zh-CN": "\u6570\u5B57" },
  "a number": { en: "a number", "zh-CN": "\u6570\u5B57" },
  count: { en: "a whole number \u2265 0", "zh-CN": "\u4E0D\u5C0F\u4E8E 0 \u7684\u6574\u6570" },
  "a whole number": { en: "a whole number", "zh-CN": "\u6574\u6570" },
  "a whole number \u2265 0": { en: "a whole number \u2265 0", "zh-CN": "\u4E0D\u5C0F\u4E8E 0 \u7684\u6574\u6570" },
  "true or false": { en: "true or false", "zh-CN": "true \u6216 false" },
  "a string": { en: "a string", "zh-CN": "\u5B57\u7B26\u4E32" },
  date: { en: "a date YYYY-MM-DD", "zh-CN": "\u65E5\u671F YYYY-MM-DD" },
  "a date YYYY-MM-DD": { en: "a date YYYY-MM-DD", "zh-CN": "\u65E5\u671F YYYY-MM-DD" },
  events: { en: "a list of events", "zh-CN": "\u4E8B\u4EF6\u5217\u8868" },
  "a list of events": { en: "a list of events", "zh-CN": "\u4E8B\u4EF6\u5217\u8868" },
  "an object": { en: "an object", "zh-CN": "\u5BF9\u8C61" }
};
function term(expected) {
  if (typeof expected !== "string") return expected;
  const known = TERMS[expected];
  if (known !== void 0) return known;
  const oneOf = /^one of (.*)$/.exec(expected);
  if (oneOf !== null) return { en: expected, "zh-CN": `${oneOf[1] ?? ""} \u4E4B\u4E00` };
  const bound = /^a number ([≥≤]) (.*)$/.exec(expected);
  if (bound !== null) return { en: expected, "zh-CN": `${bound[1] === "\u2265" ? "\u4E0D\u5C0F\u4E8E" : "\u4E0D\u5927\u4E8E"} ${bound[2] ?? ""} \u7684\u6570\u5B57` };
  return { en: expected, "zh-CN": expected };
}
function expectedButGot(expected, received) {
  const wanted = term(expected);
  return {
    reason: { en: `expected ${wanted.en}, received ${received}`, "zh-CN": `\u5E94\u4E3A${wanted["zh-CN"]},\u5B9E\u4E3A ${received}` },
    expected: wanted.en,
    received
  };
}

// ../../tmp/ref-src/evaluate/evaluateExpr.ts
var OP_SYMBOL = { add: " + ", sub: " \u2212 ", mul: " \xD7 ", div: " / " };
function numericFact(ctx, name) {
  const value = ctx.facts[name];
  if (value === void 0) throw new KaoheError({ code: "missing_fact", path: ["facts", name], params: { fact: name } });
  return asNumber(value, ["facts", name]);
}
function asNumber(value, path) {
  if (value instanceof Decimal) return value;
  if (typeof value === "boolean") return new Decimal(value ? 1 : 0);
  throw new KaoheError({ code: "input_invalid", path, params: expectedButGot("number", typeof value === "string" ? value : "object") });
}
function localDateFact(ctx, name) {
  const value = ctx.facts[name];
  if (value === void 0) throw new KaoheError({ code: "missing_fact", path: ["facts", name], params: { fact: name } });
  if (!isDated(value)) throw new KaoheError({ code: "input_invalid", path: ["facts", name], params: expectedButGot("date", String(value)) });
  return value.type === "date" ? value : value.local;
}
function evaluateExpr(expr, ctx) {
  if (typeof expr === "number" || typeof expr === "string") {
    const value = toDecimal(expr);
    return { value, text: value.toString() };
  }
  if ("fact" in expr) {
    const value = numericFact(ctx, expr.fact);
    return { value, text: formatShort(value) };
  }
  if ("item" in expr) {
    const value = ctx.items.get(expr.item);
    if (value === void 0) throw new KaoheError({ code: "not_evaluable", path: ["items", expr.item], params: { item: expr.item } });
    return { value, text: formatShort(value) };
  }
  if ("value" in expr) {
    if (ctx.value === void 0) throw new KaoheError({ code: "not_evaluable", path: [], params: { item: "value" } });
    return { value: ctx.value, text: formatShort(ctx.value) };
  }
  if ("ratio" in expr) {
    const num = evaluateExpr(expr.ratio[0], ctx);
    const den = evaluateExpr(expr.ratio[1], ctx);
    if (den.value.isZero()) {
      if (expr.ifZero === void 0) throw new KaoheError({ code: "division_by_zero", path: [], params: { expression: `${num.text} / ${den.text}` } });
      const fallback = evaluateExpr(expr.ifZero, ctx);
      return { value: fallback.value, text: `(${num.text} / 0 \u2192 ${fallback.text})` };
    }
    const value = num.value.dividedBy(den.value);
    return { value, text: `${num.text} / ${den.text}` };
  }
  if ("op" in expr) return evaluateOperator(expr, ctx);
  if ("if" in expr) {
    const chosen = evaluatePredicate(expr.if, ctx) ? expr.then : expr.else;
    const result = evaluateExpr(chosen, ctx);
    return { value: result.value, text: `[${describePredicate(expr.if)}] ${result.text}` };
  }
  if ("daysBetween" in expr) {
    const from = localDateFact(ctx, expr.daysBetween[0]);
    const to = localDateFact(ctx, expr.daysBetween[1]);
    const days = new Decimal(daysBetween(from, to));
    return { value: days, text: `days(${from.iso} \u2192 ${to.iso}) = ${days.toString()}` };
  }
  const events = ctx.facts[expr.count];
  if (events === void 0) throw new KaoheError({ code: "missing_fact", path: ["facts", expr.count], params: { fact: expr.count } });
  if (!isEventList(events)) throw new KaoheError({ code: "input_invalid", path: ["facts", expr.count], params: expectedButGot("events", String(events)) });
  const where = expr.where;
  const counted = events.filter(
    (event) => (event.date === void 0 || periodContains(ctx.period, event.date)) && (where === void 0 || evaluatePredicate(where, { ...ctx, event }))
  ).length;
  return { value: new Decimal(counted), text: `count(${expr.count}) = ${counted}` };
}
function evaluateOperator(expr, ctx) {
  const args = expr.args.map((arg) => evaluateExpr(arg, ctx));
  const first = args[0];
  if (first === void 0) throw new KaoheError({ code: "scheme_invalid", path: [], params: { reason: "empty args" } });
  switch (expr.op) {
    case "add":
    case "sub":
    case "mul":
    case "div": {
      let value = first.value;
      for (const arg of args.slice(1)) {
        if (expr.op === "add") value = value.plus(arg.value);
        else if (expr.op === "sub") value = value.minus(arg.value);
        else if (expr.op === "mul") value = value.times(arg.value);
        else {
          if (arg.value.isZero()) throw new KaoheError({ code: "division_by_zero", path: [], params: { expression: args.map((a) => a.text).join(" / ") } });
          value = value.dividedBy(arg.value);
        }
      }
      const text = args.length === 1 ? first.text : `(${args.map((a) => a.text).join(OP_SYMBOL[expr.op])})`;
      return { value, text };
    }
    case "min":
    case "max": {
      const value = expr.op === "min" ? Decimal.min(...args.map((a) => a.value)) : Decimal.max(...args.map((a) => a.value));
      return { value, text: `${expr.op}(${args.map((a) => a.text).join(", ")})` };
    }
    case "abs":
      return { value: first.value.abs(), text: `|${first.text}|` };
    case "neg":
      return { value: first.value.negated(), text: `\u2212(${first.text})` };
    case "floor":
      return { value: first.value.floor(), text: `\u230A${first.text}\u230B` };
    case "ceil":
      return { value: first.value.ceil(), text: `\u2308${first.text}\u2309` };
  }
}

// ../../tmp/ref-src/rules/formula.ts
var FormulaRule = z17.strictObject({
  kind: z17.literal("formula"),
  value: Expr
});
function evaluateFormula(rule, item, ctx) {
  const result = evaluateExpr(rule.value, ctx);
  return {
    score: result.value,
    lines: [line("formula.value", awardKind(item, result.value), result.value, `${result.text} = ${show(result.value)}`, { expression: result.text })]
  };
}
function formulaFacts(rule) {
  return exprFacts(rule.value);
}
function formulaItems(rule) {
  return exprItems(rule.value);
}

// ../../tmp/ref-src/rules/perOccurrence.ts
import { z as z19 } from "zod";

// ../../tmp/ref-src/rules/tiers.ts
import { z as z18 } from "zod";

// ../../tmp/ref-src/model/interval.ts
function toInterval(bounds) {
  const min = bounds.min === void 0 ? void 0 : toDecimal(bounds.min);
  const max = bounds.max === void 0 ? void 0 : toDecimal(bounds.max);
  return {
    min,
    max,
    minInclusive: min !== void 0 && (bounds.minInclusive ?? true),
    maxInclusive: max !== void 0 && (bounds.maxInclusive ?? false)
  };
}
function intervalContains(interval, value) {
  if (interval.min !== void 0) {
    const cmp = value.comparedTo(interval.min);
    if (cmp < 0 || cmp === 0 && !interval.minInclusive) return false;
  }
  if (interval.max !== void 0) {
    const cmp = value.comparedTo(interval.max);
    if (cmp > 0 || cmp === 0 && !interval.maxInclusive) return false;
  }
  return true;
}
function intervalIsEmpty(interval) {
  if (interval.min === void 0 || interval.max === void 0) return false;
  const cmp = interval.min.comparedTo(interval.max);
  return cmp > 0 || cmp === 0 && !(interval.minInclusive && interval.maxInclusive);
}
function intersectIntervals(a, b) {
  let min = a.min;
  let minInclusive = a.minInclusive;
  if (b.min !== void 0 && (min === void 0 || b.min.greaterThan(min) || b.min.equals(min) && !b.minInclusive)) {
    min = b.min;
    minInclusive = b.minInclusive;
  }
  let max = a.max;
  let maxInclusive = a.maxInclusive;
  if (b.max !== void 0 && (max === void 0 || b.max.lessThan(max) || b.max.equals(max) && !b.maxInclusive)) {
    max = b.max;
    maxInclusive = b.maxInclusive;
  }
  return { min, max, minInclusive, maxInclusive };
}
function intervalWithin(inner, outer) {
  if (intervalIsEmpty(inner)) return true;
  if (outer.min !== void 0) {
    if (inner.min === void 0) return false;
    const cmp = inner.min.comparedTo(outer.min);
    if (cmp < 0 || cmp === 0 && inner.minInclusive && !outer.minInclusive) return false;
  }
  if (outer.max !== void 0) {
    if (inner.max === void 0) return false;
    const cmp = inner.max.comparedTo(outer.max);
    if (cmp > 0 || cmp === 0 && inner.maxInclusive && !outer.maxInclusive) return false;
  }
  return true;
}
function uncoveredIntervals(intervals, domain) {
  const sorted = intervals.filter((i) => !intervalIsEmpty(i)).slice().sort((a, b) => {
    if (a.min === void 0) return b.min === void 0 ? 0 : -1;
    if (b.min === void 0) return 1;
    const cmp = a.min.comparedTo(b.min);
    if (cmp !== 0) return cmp;
    return a.minInclusive === b.minInclusive ? 0 : a.minInclusive ? -1 : 1;
  });
  const gaps = [];
  let cursor = domain.min;
  let cursorInclusive = domain.minInclusive;
  let exhausted = false;
  for (const interval of sorted) {
    if (exhausted) break;
    const startsAfterCursor = cursor !== void 0 && (interval.min === void 0 ? false : interval.min.greaterThan(cursor) || interval.min.equals(cursor) && cursorInclusive && !interval.minInclusive);
    const unboundedBelowCursor = cursor === void 0 && interval.min !== void 0;
    if (startsAfterCursor || unboundedBelowCursor) {
      const gap = { min: cursor, max: interval.min, minInclusive: cursorInclusive, maxInclusive: !interval.minInclusive };
      const clipped = intersectIntervals(gap, domain);
      if (!intervalIsEmpty(clipped)) gaps.push(clipped);
    }
    if (interval.max === void 0) {
      exhausted = true;
      break;
    }
    if (cursor === void 0 || interval.max.greaterThan(cursor) || interval.max.equals(cursor) && cursorInclusive && interval.maxInclusive) {
      cursor = interval.max;
      cursorInclusive = !interval.maxInclusive;
    }
  }
  if (!exhausted) {
    const tail = { min: cursor, max: domain.max, minInclusive: cursorInclusive, maxInclusive: domain.maxInclusive };
    const clipped = intersectIntervals(tail, domain);
    if (!intervalIsEmpty(clipped)) gaps.push(clipped);
  }
  return gaps;
}
function formatInterval(interval) {
  const left = interval.min === void 0 ? "(\u2212\u221E" : `${interval.minInclusive ? "[" : "("}${interval.min.toString()}`;
  const right = interval.max === void 0 ? "+\u221E)" : `${interval.max.toString()}${interval.maxInclusive ? "]" : ")"}`;
  return `${left}, ${right}`;
}

// ../../tmp/ref-src/rules/tiers.ts
var Tier = z18.strictObject({
  min: DecimalLikeSchema.optional(),
  max: DecimalLikeSchema.optional(),
  minInclusive: z18.boolean().default(true),
  maxInclusive: z18.boolean().default(false),
  points: Expr,
  label: LocalizedText.optional()
});
var TiersRule = z18.strictObject({
  kind: z18.literal("tiers"),
  value: Expr,
  hitPolicy: HitPolicy.default("unique"),
  tiers: z18.array(Tier).min(1)
});
function matchTier(tiers, hitPolicy, value, path) {
  const matches = [];
  tiers.forEach((tier2, index) => {
    if (intervalContains(toInterval(tier2), value)) matches.push(index);
  });
  const first = matches[0];
  const tier = first === void 0 ? void 0 : tiers[first];
  if (first === void 0 || tier === void 0) throw new KaoheError({ code: "no_tier_matched", path, params: { value: show(value) } });
  if (hitPolicy === "unique" && matches.length > 1) {
    throw new KaoheError({ code: "tiers_overlap", path, params: { value: show(value), tiers: matches.join(", ") } });
  }
  return { tier, index: first };
}
function evaluateTiers(rule, item, ctx) {
  const measured = evaluateExpr(rule.value, ctx);
  const { tier, index } = matchTier(rule.tiers, rule.hitPolicy, measured.value, ["items", item.id, "rule", "tiers"]);
  const points = evaluateExpr(tier.points, { ...ctx, value: measured.value });
  const interval = formatInterval(toInterval(tier));
  const arithmetic = `${measured.text} = ${show(measured.value)} \u2208 ${interval} \u2192 ${points.text} = ${show(points.value)}`;
  return {
    score: points.value,
    lines: [
      line("tiers.match", awardKind(item, points.value), points.value, arithmetic, {
        value: show(measured.value),
        tier: index + 1,
        interval,
        label: tier.label ?? ""
      })
    ]
  };
}
function tiersFacts(rule) {
  const facts = exprFacts(rule.value);
  rule.tiers.forEach((tier) => exprFacts(tier.points, facts));
  return facts;
}
function tiersItems(rule) {
  const items = exprItems(rule.value);
  rule.tiers.forEach((tier) => exprItems(tier.points, items));
  return items;
}

// ../../tmp/ref-src/rules/perOccurrence.ts
var OccurrenceSource = z19.union([
  z19.strictObject({ fact: FactName }),
  z19.strictObject({ events: FactName, where: Predicate.optional() })
]);
var OccurrencePoints = z19.union([
  DecimalLikeSchema,
  z19.strictObject({ field: FactName, hitPolicy: HitPolicy.default("unique"), tiers: z19.array(Tier).min(1) })
]);
var AllowanceWindow = z19.enum(["period", "month", "quarter", "year"]);
var PerOccurrenceRule = z19.strictObject({
  kind: z19.literal("perOccurrence"),
  source: OccurrenceSource,
  each: OccurrencePoints,
  /** Occurrences per window that cost nothing. */
  allowance: z19.number().int().nonnegative().default(0),
  per: AllowanceWindow.default("period"),
  /** The score before occurrences; the item's points when absent, 0 for an item without points. */
  start: DecimalLikeSchema.optional()
});
function windowKey(event, per, periodId) {
  if (per === "period" || event.date === void 0) return periodId;
  if (per === "month") return monthKey(event.date);
  if (per === "quarter") return quarterKey(event.date);
  return String(event.date.year);
}
function pointsFor(rule, item, ctx, event) {
  if (typeof rule.each === "number" || typeof rule.each === "string") {
    const amount = toDecimal(rule.each);
    return { amount, text: show(amount) };
  }
  const field = event?.fields[rule.each.field];
  if (!(field instanceof Decimal)) {
    throw new KaoheError({ code: "missing_fact", path: ["facts", sourceName(rule), event?.index ?? 0, rule.each.field], params: { fact: rule.each.field } });
  }
  const { tier } = matchTier(rule.each.tiers, rule.each.hitPolicy, field, ["items", item.id, "rule", "each", "tiers"]);
  const result = evaluateExpr(tier.points, { ...ctx, value: field, ...event === void 0 ? {} : { event } });
  return { amount: result.value, text: `${rule.each.field} ${show(field)} \u2192 ${result.text}` };
}
function sourceName(rule) {
  return "fact" in rule.source ? rule.source.fact : rule.source.events;
}
function evaluatePerOccurrence(rule, item, ctx) {
  const start = rule.start === void 0 ? ownPoints(item) ?? new Decimal(0) : toDecimal(rule.start);
  const lines = [];
  if (!start.isZero()) lines.push(line("perOccurrence.start", "score", start, show(start), { start: show(start) }));
  let score = start;
  if ("fact" in rule.source) {
    const name2 = rule.source.fact;
    const count = evaluateExpr({ fact: name2 }, ctx).value;
    if (!count.isInteger() || count.isNegative()) {
      throw new KaoheError({ code: "input_invalid", path: ["facts", name2], params: expectedButGot("count", count.toString()) });
    }
    const allowance = new Decimal(rule.allowance);
    const charged = Decimal.max(0, count.minus(allowance));
    const each = pointsFor(rule, item, ctx, void 0);
    const amount = charged.times(each.amount);
    score = score.plus(amount);
    const arithmetic = rule.allowance > 0 ? `max(0, ${count} \u2212 ${allowance}) \xD7 ${each.text} = ${show(amount)}` : `${count} \xD7 ${each.text} = ${show(amount)}`;
    lines.push(line("perOccurrence.count", changeKind(amount), amount, arithmetic, { count: count.toString(), allowance: rule.allowance, each: each.text, charged: charged.toString() }));
    return { score, lines };
  }
  const name = rule.source.events;
  const events = ctx.facts[name];
  if (events === void 0) throw new KaoheError({ code: "missing_fact", path: ["facts", name], params: { fact: name } });
  if (!isEventList(events)) throw new KaoheError({ code: "input_invalid", path: ["facts", name], params: expectedButGot("events", typeof events) });
  const where = rule.source.where;
  const counted = events.filter((event) => event.date === void 0 || periodContains(ctx.period, event.date)).filter((event) => where === void 0 || evaluatePredicate(where, { ...ctx, event })).slice().sort((a, b) => (a.date?.iso ?? "").localeCompare(b.date?.iso ?? "") || a.index - b.index);
  const used = /* @__PURE__ */ new Map();
  for (const event of counted) {
    const key = windowKey(event, rule.per, ctx.period.id);
    const ordinal = (used.get(key) ?? 0) + 1;
    used.set(key, ordinal);
    const params = { n: event.index + 1, date: event.date?.iso ?? "", window: key, ordinal, allowance: rule.allowance };
    const facts = { [name]: { index: event.index, ...eventToJson(event) } };
    if (ordinal <= rule.allowance) {
      lines.push(line("perOccurrence.allowed", "score", new Decimal(0), `#${ordinal} \u2264 ${rule.allowance} (${key})`, params, facts));
      continue;
    }
    const each = pointsFor(rule, item, ctx, event);
    score = score.plus(each.amount);
    lines.push(line("perOccurrence.event", changeKind(each.amount), each.amount, each.text, { ...params, each: each.text }, facts));
  }
  if (counted.length === 0) {
    lines.push(line("perOccurrence.none", "score", new Decimal(0), `0 \xD7 ${where === void 0 ? name : describePredicate(where)}`, { source: name }));
  }
  return { score, lines };
}
function perOccurrenceFacts(rule) {
  const facts = /* @__PURE__ */ new Set([sourceName(rule)]);
  if ("events" in rule.source && rule.source.where !== void 0) {
    predicateFacts(rule.source.where, facts);
  }
  if (typeof rule.each === "object") rule.each.tiers.forEach((tier) => exprFacts(tier.points, facts));
  return facts;
}

// ../../tmp/ref-src/rules/rated.ts
import { z as z20 } from "zod";
var RubricBand = z20.strictObject({
  min: DecimalLikeSchema,
  max: DecimalLikeSchema,
  label: LocalizedText
});
var RatedRule = z20.strictObject({
  kind: z20.literal("rated"),
  min: DecimalLikeSchema.default(0),
  /** The highest rating; the item's points (or 100 in a weighted scheme) when absent. */
  max: DecimalLikeSchema.optional(),
  /** The raters of this item; when absent, the scheme's rater panel, or any single rater. */
  raters: z20.array(Rater).min(1).optional(),
  combine: RaterCombination.default("mean"),
  divisor: DecimalLikeSchema.optional(),
  rubric: z20.array(RubricBand).optional()
});
var SINGLE_RATER = "rater";
function parseRating(raw, path) {
  if (typeof raw === "number" && Number.isFinite(raw)) return new Decimal(raw);
  if (typeof raw === "string" && isDecimalString(raw)) return new Decimal(raw.trim());
  throw new KaoheError({ code: "input_invalid", path, params: expectedButGot("number", JSON.stringify(raw) ?? "undefined") });
}
function readRatings(rule, item, ctx) {
  const path = ["ratings", item.id];
  const entry = ctx.ratings[item.id];
  if (entry === void 0 || entry === null) throw new KaoheError({ code: "missing_rating", path, params: { item: item.id } });
  const declared = rule.raters?.map((r) => r.id) ?? ctx.panelRaters;
  const min = toDecimal(rule.min);
  const max = rule.max === void 0 ? fullScale(item) : toDecimal(rule.max);
  const ratings = [];
  if (typeof entry === "object" && !Array.isArray(entry)) {
    for (const [rater, raw] of Object.entries(entry)) {
      if (declared !== void 0 && !declared.includes(rater)) {
        throw new KaoheError({ code: "unknown_rater", path: [...path, rater], params: { rater, raters: declared.join(", ") } });
      }
      ratings.push({ rater, value: parseRating(raw, [...path, rater]) });
    }
    if (ratings.length === 0) throw new KaoheError({ code: "missing_rating", path, params: { item: item.id } });
  } else {
    if (declared !== void 0 && declared.length > 1) {
      throw new KaoheError({ code: "input_invalid", path, params: expectedButGot(`{ ${declared.join(", ")} }`, JSON.stringify(entry) ?? "") });
    }
    ratings.push({ rater: declared?.[0] ?? SINGLE_RATER, value: parseRating(entry, path) });
  }
  for (const { rater, value } of ratings) {
    if (value.lessThan(min) || value.greaterThan(max)) {
      const where = typeof entry === "object" ? [...path, rater] : path;
      throw new KaoheError({ code: "rating_out_of_range", path: where, params: { value: show(value), min: show(min), max: show(max) } });
    }
  }
  return ratings;
}
function combineRatings(ratings, combine, weights, divisor) {
  const sum = ratings.reduce((acc, r) => acc.plus(r.value), new Decimal(0));
  const terms = ratings.map((r) => show(r.value));
  if (ratings.length === 1 && combine !== "divisor") {
    const only = ratings[0];
    return { value: only.value, text: only.rater === SINGLE_RATER ? show(only.value) : `${only.rater} ${show(only.value)}` };
  }
  if (combine === "divisor") {
    const d = divisor ?? new Decimal(ratings.length);
    return { value: sum.dividedBy(d), text: `(${terms.join(" + ")}) / ${show(d)}` };
  }
  if (combine === "weighted") {
    let weighted = new Decimal(0);
    let total = new Decimal(0);
    for (const r of ratings) {
      const w = weights.get(r.rater) ?? new Decimal(1);
      weighted = weighted.plus(r.value.times(w));
      total = total.plus(w);
    }
    const text = `(${ratings.map((r) => `${show(r.value)} \xD7 ${show(weights.get(r.rater) ?? new Decimal(1))}`).join(" + ")}) / ${show(total)}`;
    return { value: weighted.dividedBy(total), text };
  }
  return { value: sum.dividedBy(ratings.length), text: `(${terms.join(" + ")}) / ${ratings.length}` };
}
function itemCombination(rule, panel) {
  const own = rule.raters === void 0 && panel !== void 0 ? panel.raters : rule.raters ?? [];
  const weights = new Map(own.filter((r) => r.weight !== void 0).map((r) => [r.id, toDecimal(r.weight)]));
  if (rule.raters === void 0 && panel !== void 0) return { combine: panel.combine === "weighted" ? "weighted" : "mean", weights, divisor: void 0 };
  return { combine: rule.combine, weights, divisor: rule.divisor === void 0 ? void 0 : toDecimal(rule.divisor) };
}
function evaluateRated(rule, item, ctx) {
  const ratings = readRatings(rule, item, ctx);
  const how = itemCombination(rule, ctx.panel);
  const combined = combineRatings(ratings, how.combine, how.weights, how.divisor);
  const byRater = Object.fromEntries(ratings.map((r) => [r.rater, r.value.toString()]));
  return {
    score: combined.value,
    lines: [
      line(
        ratings.length === 1 ? "rated.single" : "rated.combined",
        "score",
        combined.value,
        `${combined.text} = ${show(combined.value)}`,
        { ratings: ratings.map((r) => r.rater === SINGLE_RATER ? show(r.value) : `${r.rater} ${show(r.value)}`).join(", "), raters: ratings.length, combine: how.combine },
        { ratings: byRater }
      )
    ]
  };
}

// ../../tmp/ref-src/rules/ratio.ts
import { z as z21 } from "zod";
var RatioRule = z21.strictObject({
  kind: z21.literal("ratio"),
  value: Expr,
  target: DecimalLikeSchema.default(1),
  cap: DecimalLikeSchema.default(1)
});
function evaluateRatio(rule, item, ctx) {
  const measured = evaluateExpr(rule.value, ctx);
  const target = toDecimal(rule.target);
  const cap = toDecimal(rule.cap);
  const scale = fullScale(item);
  const share = Decimal.max(0, Decimal.min(cap, measured.value.dividedBy(target)));
  const score = scale.times(share);
  const over = target.equals(1) ? measured.text : `(${measured.text}) / ${show(target)}`;
  const arithmetic = `${show(scale)} \xD7 min(${show(cap)}, ${over}) = ${show(score)}`;
  return {
    score,
    lines: [line("ratio.share", "score", score, arithmetic, { value: show(measured.value), target: show(target), scale: show(scale), share: show(share) })]
  };
}
function ratioFacts(rule) {
  return exprFacts(rule.value);
}
function ratioItems(rule) {
  return exprItems(rule.value);
}

// ../../tmp/ref-src/rules/steps.ts
import { z as z22 } from "zod";
var StepRounding = z22.enum(["floor", "ceil", "linear"]);
var StepSpec = z22.strictObject({
  per: DecimalLikeSchema.refine((v) => toDecimal(v).greaterThan(0), { message: "positive" }),
  change: DecimalLikeSchema,
  rounding: StepRounding.default("floor")
});
var StepsRule = z22.strictObject({
  kind: z22.literal("steps"),
  value: Expr,
  target: DecimalLikeSchema,
  /** The score before steps; the item's points when absent, 0 for an item without points. */
  start: DecimalLikeSchema.optional(),
  below: StepSpec.optional(),
  above: StepSpec.optional()
});
function countSteps(gap, spec) {
  const raw = gap.dividedBy(toDecimal(spec.per));
  if (spec.rounding === "floor") return raw.floor();
  if (spec.rounding === "ceil") return raw.ceil();
  return raw;
}
var ROUNDING_TEXT = { floor: "\u230A", ceil: "\u2308", linear: "(" };
var ROUNDING_END = { floor: "\u230B", ceil: "\u2309", linear: ")" };
function evaluateSteps(rule, item, ctx) {
  const measured = evaluateExpr(rule.value, ctx);
  const target = toDecimal(rule.target);
  const start = rule.start === void 0 ? ownPoints(item) ?? new Decimal(0) : toDecimal(rule.start);
  const lines = [];
  if (!start.isZero()) lines.push(line("steps.start", "score", start, show(start), { start: show(start) }));
  let score = start;
  const value = measured.value;
  const direction = value.lessThan(target) ? "below" : value.greaterThan(target) ? "above" : void 0;
  const spec = direction === void 0 ? void 0 : rule[direction];
  if (direction === void 0 || spec === void 0) {
    lines.push(line("steps.met", "score", new Decimal(0), `${measured.text} = ${show(value)}; target ${show(target)}`, { value: show(value), target: show(target) }));
    return { score, lines };
  }
  const gap = direction === "below" ? target.minus(value) : value.minus(target);
  const steps = countSteps(gap, spec);
  const change = toDecimal(spec.change);
  const amount = steps.times(change);
  score = score.plus(amount);
  const arithmetic = `${measured.text} = ${show(value)}; |${show(value)} \u2212 ${show(target)}| = ${show(gap)}; ${ROUNDING_TEXT[spec.rounding]}${show(gap)} / ${show(toDecimal(spec.per))}${ROUNDING_END[spec.rounding]} = ${show(steps)} \xD7 ${show(change)} = ${show(amount)}`;
  lines.push(
    line(`steps.${direction}`, changeKind(amount), amount, arithmetic, {
      value: show(value),
      target: show(target),
      gap: show(gap),
      per: show(toDecimal(spec.per)),
      steps: show(steps),
      change: show(change),
      rounding: spec.rounding
    })
  );
  return { score, lines };
}
function stepsFacts(rule) {
  return exprFacts(rule.value);
}
function stepsItems(rule) {
  return exprItems(rule.value);
}

// ../../tmp/ref-src/rules/registry.ts
var Rule = z23.discriminatedUnion("kind", [
  StepsRule,
  PerOccurrenceRule,
  TiersRule,
  ChoiceRule,
  RatioRule,
  RatedRule,
  FormulaRule,
  ConditionRule,
  DeadlineRule
]);
var RULE_KINDS = ["steps", "perOccurrence", "tiers", "choice", "ratio", "rated", "formula", "condition", "deadline"];
function ruleFacts(rule) {
  switch (rule.kind) {
    case "steps":
      return stepsFacts(rule);
    case "perOccurrence":
      return perOccurrenceFacts(rule);
    case "tiers":
      return tiersFacts(rule);
    case "choice":
      return choiceFacts(rule);
    case "ratio":
      return ratioFacts(rule);
    case "rated":
      return /* @__PURE__ */ new Set();
    case "formula":
      return formulaFacts(rule);
    case "condition":
      return conditionFacts(rule);
    case "deadline":
      return deadlineFacts(rule);
  }
}
function ruleItems(rule) {
  switch (rule.kind) {
    case "steps":
      return stepsItems(rule);
    case "tiers":
      return tiersItems(rule);
    case "ratio":
      return ratioItems(rule);
    case "formula":
      return formulaItems(rule);
    default:
      return /* @__PURE__ */ new Set();
  }
}
function isAsyncRule(rule) {
  return rule.kind === "condition";
}

// ../../tmp/ref-src/model/item.ts
var Item = z24.strictObject({
  id: Id,
  name: LocalizedText,
  description: LocalizedText.optional(),
  /** The item's own points ("此项分值20分"): it scores from 0 to these. Absent for a pure deduction or bonus item. */
  points: DecimalLikeSchema.optional(),
  /** The item's weight in percent, in a `weighted` scheme. */
  weight: DecimalLikeSchema.optional(),
  /** Whether bonus points may lift the item above its points (only where the text says so). */
  allowAbovePoints: z24.boolean().optional(),
  rule: Rule,
  provenance: Provenance
});

// ../../tmp/ref-src/model/scorecard.ts
import { z as z30 } from "zod";

// ../../tmp/ref-src/bonus/grades.ts
import { z as z25 } from "zod";
var Grade = z25.strictObject({
  id: Id,
  name: LocalizedText,
  min: DecimalLikeSchema.optional(),
  max: DecimalLikeSchema.optional(),
  minInclusive: z25.boolean().default(true),
  maxInclusive: z25.boolean().default(false),
  /** The share of the full bonus this grade earns, e.g. `0.8`. */
  factor: DecimalLikeSchema.refine((v) => !toDecimal(v).isNegative(), { message: "not negative" }),
  provenance: Provenance.optional()
});
function findGrade(grades, score) {
  return grades.find((grade) => intervalContains(toInterval(grade), score));
}
function gradeResult(grade) {
  return { id: grade.id, name: grade.name, interval: formatInterval(toInterval(grade)), factor: toDecimal(grade.factor).toString() };
}

// ../../tmp/ref-src/bonus/projectBonus.ts
import { z as z28 } from "zod";

// ../../tmp/ref-src/bonus/money.ts
function roundMoney(amount) {
  return amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}
function formatMoney(amount) {
  const text = amount.toFixed(2, Decimal.ROUND_HALF_UP);
  return text === "-0.00" ? "0.00" : text;
}

// ../../tmp/ref-src/bonus/payoutWindow.ts
import { getDaysInMonth } from "date-fns";
import { z as z26 } from "zod";
var PayoutSchedule = z26.strictObject({
  fact: FactName.default("finalPaymentCollectedOn"),
  months: z26.array(z26.number().int().min(1).max(12)).min(1),
  lastDays: z26.number().int().min(1).max(28),
  provenance: Provenance.optional()
});
function windowOf(year, month, lastDays) {
  const days = getDaysInMonth(new Date(year, month - 1, 15));
  return { start: makeLocalDate(year, month, days - lastDays + 1), end: makeLocalDate(year, month, days) };
}
function payoutWindowAfter(date, schedule) {
  const months = [...new Set(schedule.months)].sort((a, b) => a - b);
  if (months.length === 0) throw new RangeError("a payout schedule needs at least one month");
  for (let year = date.year; ; year += 1) {
    for (const month of months) {
      if (year === date.year && month < date.month) continue;
      const window = windowOf(year, month, schedule.lastDays);
      if (window.start.iso > date.iso) return { start: window.start.iso, end: window.end.iso };
    }
  }
}

// ../../tmp/ref-src/bonus/split.ts
import { z as z27 } from "zod";
var BonusSplit = z27.strictObject({
  fact: FactName.default("leaderShare"),
  min: DecimalLikeSchema,
  max: DecimalLikeSchema,
  leader: LocalizedText,
  engineers: LocalizedText,
  provenance: Provenance.optional()
});
function splitBonus(final, share, split) {
  const min = toDecimal(split.min);
  const max = toDecimal(split.max);
  if (share.lessThan(min) || share.greaterThan(max)) {
    const one = new Decimal(1);
    throw new KaoheError({
      code: "leader_share_out_of_range",
      path: ["facts", split.fact ?? "leaderShare"],
      params: {
        value: formatShort(share),
        min: formatShort(min),
        max: formatShort(max),
        engineersMin: formatShort(one.minus(max)),
        engineersMax: formatShort(one.minus(min))
      }
    });
  }
  const leader = roundMoney(final.times(share));
  return { leaderShare: share.toString(), leader, engineers: final.minus(leader) };
}

// ../../tmp/ref-src/bonus/projectBonus.ts
var BonusCoefficient = z28.strictObject({
  id: Id,
  name: LocalizedText,
  /** The enum fact whose value picks the coefficient. */
  fact: FactName,
  /** The coefficient of each value of the fact. */
  values: z28.record(z28.string().min(1), DecimalLikeSchema).refine((values) => Object.keys(values).length > 0, { message: "at least one value" }),
  provenance: Provenance.optional()
});
var BonusAward = z28.strictObject({
  name: LocalizedText,
  share: DecimalLikeSchema,
  provenance: Provenance.optional()
});
var ProjectBonus = z28.strictObject({
  /** The money fact holding the contract total. */
  contractFact: FactName.default("contractValue"),
  /** The share of the contract that makes the base bonus, e.g. `0.005`. */
  rate: DecimalLikeSchema,
  coefficients: z28.array(BonusCoefficient).default([]),
  /** A count fact (e.g. `serviceQuarters`): the full bonus is spread evenly over that many quarters and each quarterly appraisal settles one share. */
  spreadFact: FactName.optional(),
  split: BonusSplit.optional(),
  director: BonusAward.optional(),
  payout: PayoutSchedule.optional(),
  provenance: Provenance
});
function bonusLine(code, amount, arithmetic, params = {}) {
  return { code, amount: amount.toString(), arithmetic, message: renderBoth(`bonus.${code}`, { amount: formatMoney(amount), ...params }) };
}
function findOption(coefficient, option) {
  const value = Object.hasOwn(coefficient.values, option) ? coefficient.values[option] : void 0;
  if (value === void 0) throw new RangeError(`"${option}" is not a value of ${coefficient.id}`);
  return toDecimal(value);
}
function computeProjectBonus(spec, inputs) {
  const lines = [];
  const rate = toDecimal(spec.rate);
  const base = inputs.contractValue.times(rate);
  lines.push(bonusLine("base", base, `${formatMoney(inputs.contractValue)} \xD7 ${rate.toString()} = ${formatMoney(base)}`, { contract: formatMoney(inputs.contractValue), rate: rate.toString() }));
  let full = base;
  const factors = [];
  const coefficients = spec.coefficients.map((coefficient) => {
    const option = inputs.options[coefficient.id] ?? "";
    const value = findOption(coefficient, option);
    full = full.times(value);
    factors.push(value.toString());
    lines.push(bonusLine("coefficient", full, `\xD7 ${value.toString()}`, { name: coefficient.name, option, value: value.toString() }));
    return { id: coefficient.id, name: coefficient.name, option, value: value.toString() };
  });
  lines.push(bonusLine("full", full, [formatMoney(base), ...factors].join(" \xD7 ") + ` = ${formatMoney(full)}`));
  let stake = full;
  let spread;
  if (inputs.quarters !== void 0) {
    stake = full.dividedBy(inputs.quarters);
    spread = { quarters: inputs.quarters, perQuarter: formatMoney(stake) };
    lines.push(bonusLine("perQuarter", stake, `${formatMoney(full)} / ${inputs.quarters} = ${formatMoney(stake)}`, { quarters: inputs.quarters }));
  }
  const vetoed = inputs.vetoes.length > 0;
  const factor = vetoed ? new Decimal(0) : inputs.factor;
  if (vetoed) {
    for (const veto of inputs.vetoes) lines.push(bonusLine("veto", new Decimal(0), `\xD7 0`, { veto: { en: `${veto.id} ${veto.name.en}`, "zh-CN": `${veto.id} ${veto.name["zh-CN"]}` } }));
  } else {
    lines.push(bonusLine("grade", stake.times(factor), `\xD7 ${factor.toString()}`, { grade: inputs.grade ?? "", factor: factor.toString() }));
  }
  const finalExact = stake.times(factor);
  const final = roundMoney(finalExact);
  lines.push(bonusLine("final", final, `${formatMoney(stake)} \xD7 ${factor.toString()} = ${formatShort(finalExact)} \u2192 ${formatMoney(final)}`));
  const pool = roundMoney(stake).minus(final);
  lines.push(bonusLine("pool", pool, `${formatMoney(stake)} \u2212 ${formatMoney(final)} = ${formatMoney(pool)}`));
  let director = null;
  if (spec.director !== void 0) {
    const share = toDecimal(spec.director.share);
    const amount = roundMoney(final.times(share));
    director = formatMoney(amount);
    lines.push(bonusLine("director", amount, `round(${formatMoney(final)} \xD7 ${share.toString()}) = ${director}`, { name: spec.director.name, share: share.toString() }));
  }
  let shares = null;
  if (spec.split !== void 0 && inputs.leaderShare !== void 0) {
    const split = splitBonus(final, inputs.leaderShare, spec.split);
    shares = { leaderShare: split.leaderShare, leader: formatMoney(split.leader), engineers: formatMoney(split.engineers) };
    lines.push(bonusLine("leader", split.leader, `round(${formatMoney(final)} \xD7 ${split.leaderShare}) = ${shares.leader}`, { name: spec.split.leader, share: split.leaderShare }));
    lines.push(bonusLine("engineers", split.engineers, `${formatMoney(final)} \u2212 ${shares.leader} = ${shares.engineers}`, { name: spec.split.engineers }));
  }
  let payout;
  if (spec.payout !== void 0) {
    if (inputs.collectedOn === void 0) {
      payout = null;
      lines.push(bonusLine("payoutPending", new Decimal(0), "", {}));
    } else {
      const window = payoutWindowAfter(inputs.collectedOn, spec.payout);
      payout = { collectedOn: inputs.collectedOn.iso, start: window.start, end: window.end };
      lines.push(bonusLine("payout", final, `${inputs.collectedOn.iso} \u2192 [${window.start}, ${window.end}]`, { collectedOn: inputs.collectedOn.iso, start: window.start, end: window.end }));
    }
  }
  return {
    contractValue: formatMoney(inputs.contractValue),
    rate: rate.toString(),
    coefficients,
    base: formatMoney(base),
    full: formatMoney(full),
    ...spread === void 0 ? {} : spread,
    factor: factor.toString(),
    vetoedBy: inputs.vetoes.map((v) => v.id),
    final: formatMoney(final),
    pool: formatMoney(pool),
    director,
    shares,
    ...payout === void 0 ? {} : { payout },
    lines
  };
}

// ../../tmp/ref-src/bonus/streaks.ts
import { z as z29 } from "zod";
var GradeStreakSanction = z29.strictObject({
  id: Id,
  name: LocalizedText,
  grade: Id,
  count: z29.number().int().min(2),
  fact: FactName.default("gradeHistory"),
  provenance: Provenance
});
function gradeStreak(history, current, grade) {
  const all = [...history, current];
  let streak = 0;
  for (let index = all.length - 1; index >= 0 && all[index] === grade; index -= 1) streak += 1;
  return streak;
}
function streakSanctioned(history, current, sanction) {
  return gradeStreak(history, current, sanction.grade) >= sanction.count;
}

// ../../tmp/ref-src/model/scorecard.ts
var SCHEMA_VERSION = 1;
var ScoringModel = z30.enum(["points", "deduction", "weighted"]);
var SchemeStatus = z30.enum(["complete", "draft", "template"]);
var Reading = z30.strictObject({
  id: Id,
  chosen: LocalizedText,
  literal: LocalizedText.optional(),
  provenance: Provenance
});
var Scorecard = z30.strictObject({
  schemaVersion: z30.literal(SCHEMA_VERSION),
  kind: z30.literal("scorecard"),
  id: Id,
  version: z30.string().min(1),
  name: LocalizedText,
  description: LocalizedText.optional(),
  status: SchemeStatus.default("complete"),
  /** The organisation and roles this scheme appraises. */
  organisation: Id.optional(),
  roles: z30.array(Id).optional(),
  /** The id of a scheme whose items, bands and vetoes this one inherits. */
  extends: Id.optional(),
  period: PeriodKind.optional(),
  model: ScoringModel.optional(),
  /** The starting total of a `deduction` scheme (e.g. 100). */
  base: DecimalLikeSchema.optional(),
  /** The total the items' points should add up to (checked by the linter). */
  declaredTotal: DecimalLikeSchema.optional(),
  /** The lowest total; 0 unless set. The floor shows as a line of its own. */
  totalFloor: DecimalLikeSchema.optional(),
  items: z30.array(Item).optional(),
  vetoes: z30.array(Veto).optional(),
  bands: z30.array(Band).optional(),
  bandPolicy: HitPolicy.optional(),
  panel: RaterPanel.optional(),
  /** Project grades (seed 002: A–E) with the share of the full bonus each earns, matched on the total in order. */
  grades: z30.array(Grade).min(1).optional(),
  /** A project bonus computed from the contract value, the grade and the vetoes. */
  bonus: ProjectBonus.optional(),
  /** A sanction on consecutive grades from the subject's grade history. */
  sanction: GradeStreakSanction.optional(),
  review: ReviewChain.optional(),
  inputs: z30.array(FactSpec).optional(),
  /** IANA time zone events are dated in; `Asia/Shanghai` unless set. */
  timeZone: z30.string().min(1).optional(),
  readings: z30.array(Reading).optional(),
  sources: z30.array(z30.string().min(1)).optional()
});

// ../../tmp/ref-src/model/jsonSchema.ts
import { z as z31 } from "zod";
function scorecardJsonSchema() {
  return z31.toJSONSchema(Scorecard, { io: "input", unrepresentable: "any" });
}
function orgChartJsonSchema() {
  return z31.toJSONSchema(OrgChart, { io: "input", unrepresentable: "any" });
}

// ../../tmp/ref-src/safety/contentHash.ts
var K = new Uint32Array([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
function sha256Hex(text) {
  const bytes = new TextEncoder().encode(text);
  const bitLength = bytes.length * 8;
  const padded = new Uint8Array(bytes.length + 9 + 63 >> 6 << 6);
  padded.set(bytes);
  padded[bytes.length] = 128;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 4294967296));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  const h = new Uint32Array([1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225]);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i += 1) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i += 1) {
      const a2 = w[i - 15];
      const b2 = w[i - 2];
      const s0 = (a2 >>> 7 | a2 << 25) ^ (a2 >>> 18 | a2 << 14) ^ a2 >>> 3;
      const s1 = (b2 >>> 17 | b2 << 15) ^ (b2 >>> 19 | b2 << 13) ^ b2 >>> 10;
      w[i] = w[i - 16] + s0 + w[i - 7] + s1 >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = [h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]];
    for (let i = 0; i < 64; i += 1) {
      const S1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
      const ch = e & f ^ ~e & g;
      const t1 = hh + S1 + ch + K[i] + w[i] >>> 0;
      const S0 = (a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10);
      const maj = a & b ^ a & c ^ b & c;
      const t2 = S0 + maj >>> 0;
      hh = g;
      g = f;
      f = e;
      e = d + t1 >>> 0;
      d = c;
      c = b;
      b = a;
      a = t1 + t2 >>> 0;
    }
    h[0] = h[0] + a >>> 0;
    h[1] = h[1] + b >>> 0;
    h[2] = h[2] + c >>> 0;
    h[3] = h[3] + d >>> 0;
    h[4] = h[4] + e >>> 0;
    h[5] = h[5] + f >>> 0;
    h[6] = h[6] + g >>> 0;
    h[7] = h[7] + hh >>> 0;
  }
  return Array.from(h, (word) => word.toString(16).padStart(8, "0")).join("");
}
function canonicalJson(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((element) => canonicalJson(element)).join(",")}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}
function contentHash(value) {
  return `sha256:${sha256Hex(canonicalJson(value))}`;
}

// ../../tmp/ref-src/evaluate/resolveScorecard.ts
function lookupScheme(source, id) {
  if (source === void 0) return void 0;
  if (typeof source === "function") return source(id);
  if (source instanceof Map) return source.get(id);
  for (const candidate of source) {
    if (typeof candidate === "object" && candidate !== null && candidate.id === id) return candidate;
  }
  return void 0;
}
function parseScorecard(data) {
  assertSafeJson(data);
  const parsed = Scorecard.safeParse(data);
  if (!parsed.success) throw new KaoheError(issuesFromZod(parsed.error.issues, "scheme_invalid"));
  return parsed.data;
}
function resolveScorecard(data, schemes) {
  const chain = [parseScorecard(data)];
  const seen = /* @__PURE__ */ new Set([chain[0].id]);
  for (let current = chain[0]; current.extends !== void 0; ) {
    const parentId = current.extends;
    if (seen.has(parentId)) {
      throw new KaoheError({ code: "extends_cycle", path: ["extends"], params: { cycle: [...chain.map((s) => s.id), parentId].join(" \u2192 ") } });
    }
    const raw = lookupScheme(schemes, parentId);
    if (raw === void 0) throw new KaoheError({ code: "scheme_not_found", path: ["extends"], params: { id: parentId } });
    let parent;
    try {
      parent = parseScorecard(raw);
    } catch (error) {
      if (error instanceof KaoheError) throw error.withContext(parentId);
      throw error;
    }
    seen.add(parentId);
    chain.push(parent);
    current = parent;
  }
  const [own, ...ancestors] = chain;
  const pick = (key) => {
    for (const scheme of chain) if (scheme[key] !== void 0) return scheme[key];
    return void 0;
  };
  const items = pick("items");
  const period = pick("period");
  const model = pick("model");
  const missing = [items === void 0 ? "items" : "", period === void 0 ? "period" : "", model === void 0 ? "model" : ""].filter(Boolean);
  if (missing.length > 0 || items === void 0 || period === void 0 || model === void 0) {
    throw new KaoheError(missing.map((key) => ({ code: "scheme_invalid", path: [key], params: { reason: { en: "required (here or in a parent scheme)", "zh-CN": "\u5FC5\u586B(\u672C\u65B9\u6848\u6216\u5176\u7236\u65B9\u6848\u4E2D)" } } })));
  }
  const resolved = {
    ...own,
    period,
    model,
    items,
    vetoes: pick("vetoes") ?? [],
    bands: pick("bands") ?? [],
    bandPolicy: pick("bandPolicy") ?? "unique",
    inputs: pick("inputs") ?? [],
    timeZone: pick("timeZone") ?? DEFAULT_TIME_ZONE,
    readings: pick("readings") ?? [],
    sources: pick("sources") ?? [],
    lineage: ancestors.map((s) => s.id)
  };
  for (const key of ["base", "declaredTotal", "totalFloor", "panel", "grades", "bonus", "sanction", "review", "description", "organisation"]) {
    if (resolved[key] === void 0) {
      const inherited = pick(key);
      if (inherited !== void 0) resolved[key] = inherited;
    }
  }
  return resolved;
}

// ../../tmp/ref-src/evaluate/compile.ts
function checkWeights(scheme) {
  if (scheme.model !== "weighted") return [];
  const missing = scheme.items.filter((item) => item.weight === void 0).map((item) => item.id);
  if (missing.length > 0) return [{ code: "missing_weights", path: ["items"], params: { items: missing.join(", ") } }];
  const sum = scheme.items.reduce((acc, item) => acc.plus(toDecimal(item.weight)), new Decimal(0));
  return sum.equals(100) ? [] : [{ code: "weights_not_100", path: ["items"], params: { sum: sum.toString() } }];
}
function checkReferences(scheme) {
  const issues = [];
  const seen = /* @__PURE__ */ new Set();
  const all = new Set(scheme.items.map((item) => item.id));
  scheme.items.forEach((item, index) => {
    if (seen.has(item.id)) issues.push({ code: "scheme_invalid", path: ["items", index, "id"], params: { reason: { en: `duplicate item id ${item.id}`, "zh-CN": `\u8003\u6838\u9879 id ${item.id} \u91CD\u590D` } } });
    for (const ref of ruleItems(item.rule)) {
      if (!seen.has(ref)) {
        const reason2 = all.has(ref) ? { en: `reads item ${ref}, which must come before it`, "zh-CN": `\u8BFB\u53D6\u7684\u8003\u6838\u9879 ${ref} \u5FC5\u987B\u6392\u5728\u5B83\u4E4B\u524D` } : { en: `reads unknown item ${ref}`, "zh-CN": `\u8BFB\u53D6\u4E86\u4E0D\u5B58\u5728\u7684\u8003\u6838\u9879 ${ref}` };
        issues.push({ code: "scheme_invalid", path: ["items", index, "rule"], params: { reason: reason2 } });
      }
    }
    seen.add(item.id);
  });
  scheme.vetoes.forEach((veto, index) => {
    for (const ref of predicateItems(veto.when)) {
      if (!all.has(ref)) issues.push({ code: "scheme_invalid", path: ["vetoes", index, "when"], params: { reason: { en: `reads unknown item ${ref}`, "zh-CN": `\u8BFB\u53D6\u4E86\u4E0D\u5B58\u5728\u7684\u8003\u6838\u9879 ${ref}` } } });
    }
  });
  return issues;
}
function compile(scheme, options = {}) {
  const locale = options.locale ?? "en";
  const id = typeof scheme === "object" && scheme !== null && typeof scheme.id === "string" ? scheme.id : "scheme";
  try {
    const resolved = resolveScorecard(scheme, options.schemes);
    const issues = [...checkReferences(resolved), ...checkWeights(resolved)];
    if (!isValidTimeZone(resolved.timeZone)) {
      issues.push({ code: "scheme_invalid", path: ["timeZone"], params: { reason: { en: `unknown time zone ${resolved.timeZone}`, "zh-CN": `\u672A\u77E5\u65F6\u533A ${resolved.timeZone}` } } });
    }
    if (issues.length > 0) throw new KaoheError(issues);
    const engines = /* @__PURE__ */ new Map();
    for (const item of resolved.items) {
      if (item.rule.kind === "condition") engines.set(item.id, createConditionEngine(item.rule));
    }
    const { lineage: _lineage, ...hashed } = resolved;
    return {
      kind: "compiledScorecard",
      scheme: resolved,
      hash: contentHash(hashed),
      requiresAsync: engines.size > 0,
      asyncItems: [...engines.keys()],
      engines
    };
  } catch (error) {
    if (error instanceof KaoheError) throw error.withContext(id, locale);
    throw error;
  }
}
function isCompiledScorecard(value) {
  return typeof value === "object" && value !== null && value.kind === "compiledScorecard";
}

// ../../tmp/ref-src/rules/evaluateRule.ts
function evaluateRule(rule, item, ctx) {
  switch (rule.kind) {
    case "steps":
      return evaluateSteps(rule, item, ctx);
    case "perOccurrence":
      return evaluatePerOccurrence(rule, item, ctx);
    case "tiers":
      return evaluateTiers(rule, item, ctx);
    case "choice":
      return evaluateChoice(rule, item, ctx);
    case "ratio":
      return evaluateRatio(rule, item, ctx);
    case "rated":
      return evaluateRated(rule, item, ctx);
    case "formula":
      return evaluateFormula(rule, item, ctx);
    case "deadline":
      return evaluateDeadline(rule, item, ctx);
    case "condition":
      throw new KaoheError({ code: "async_required", path: [], params: { scheme: "", items: item.id } });
  }
}

// ../../tmp/ref-src/evaluate/band.ts
function findBand(bands, _policy, total) {
  return bands.find((band) => intervalContains(toInterval(band), total));
}

// ../../tmp/ref-src/evaluate/readInput.ts
import { z as z32 } from "zod";
var RatingInput = z32.union([
  z32.number(),
  z32.string(),
  z32.record(z32.string(), z32.union([z32.number(), z32.string()]))
]);
var AppraisalInput = z32.looseObject({
  subject: z32.string().min(1),
  /** A display name for the subject. */
  name: z32.string().optional(),
  period: z32.string().min(1),
  facts: z32.record(z32.string(), z32.unknown()).default({}),
  ratings: z32.record(z32.string(), RatingInput).default({})
});
var bad2 = (path, expected, value) => ({
  ok: false,
  issues: [{ code: "input_invalid", path, params: expectedButGot(expected, JSON.stringify(value) ?? String(value)) }]
});
function toNumber(value) {
  if (typeof value === "number" && Number.isFinite(value)) return new Decimal(value);
  if (typeof value === "string" && isDecimalString(value)) return new Decimal(value.trim());
  return void 0;
}
function convertScalar(spec, value, path, timeZone) {
  switch (spec.type) {
    case "number":
    case "ratio":
    case "money":
    case "count": {
      const number = toNumber(value);
      if (number === void 0) return bad2(path, spec.type === "count" ? "a whole number \u2265 0" : "a number", value);
      if (spec.type === "count" && (!number.isInteger() || number.isNegative())) return bad2(path, "a whole number \u2265 0", value);
      if (spec.min !== void 0 && number.lessThan(toDecimal(spec.min))) return bad2(path, `a number \u2265 ${spec.min}`, value);
      if (spec.max !== void 0 && number.greaterThan(toDecimal(spec.max))) return bad2(path, `a number \u2264 ${spec.max}`, value);
      return { ok: true, value: number };
    }
    case "boolean":
      return typeof value === "boolean" ? { ok: true, value } : bad2(path, "true or false", value);
    case "enum":
      return typeof value === "string" && (spec.values ?? []).includes(value) ? { ok: true, value } : bad2(path, `one of ${(spec.values ?? []).join(", ")}`, value);
    case "string":
      return typeof value === "string" ? { ok: true, value } : bad2(path, "a string", value);
    case "date": {
      if (typeof value !== "string") return bad2(path, "a date YYYY-MM-DD", value);
      const date = parseLocalDate(value) ?? dateOfInstant(value, timeZone);
      return date === void 0 ? bad2(path, "a date YYYY-MM-DD", value) : { ok: true, value: date };
    }
    case "datetime": {
      const instant = typeof value === "string" ? parseInstant(value) : void 0;
      if (instant === void 0 || typeof value !== "string") {
        return { ok: false, issues: [{ code: "event_time_invalid", path, params: { value: JSON.stringify(value) ?? String(value) } }] };
      }
      const dated = { type: "datetime", iso: value, epochMs: instant, local: localDateOf(instant, timeZone) };
      return { ok: true, value: dated };
    }
  }
}
function dateOfInstant(text, timeZone) {
  const instant = parseInstant(text);
  return instant === void 0 ? void 0 : localDateOf(instant, timeZone);
}
function convertLoose(value, timeZone) {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? new Decimal(value) : void 0;
  if (typeof value === "string") {
    if (isDecimalString(value)) return new Decimal(value.trim());
    const instant = parseInstant(value);
    if (instant !== void 0) return { type: "datetime", iso: value, epochMs: instant, local: localDateOf(instant, timeZone) };
    return parseLocalDate(value) ?? value;
  }
  return void 0;
}
function convertEvents(spec, value, path, timeZone) {
  if (!Array.isArray(value)) return bad2(path, "a list of events", value);
  const issues = [];
  const events = [];
  const dateField = spec.dateField ?? spec.fields.find((f) => f.type === "datetime" || f.type === "date")?.name;
  const required = spec.fields.filter((f) => f.optional !== true);
  const shorthand = required.length === 1 ? required[0]?.name : void 0;
  value.forEach((written, index) => {
    const at = [...path, index];
    const isScalar = typeof written === "string" || typeof written === "number" || typeof written === "boolean";
    const raw = shorthand !== void 0 && isScalar ? { [shorthand]: written } : written;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      issues.push(...bad2(at, "an object", raw).issues);
      return;
    }
    const record2 = raw;
    const fields = /* @__PURE__ */ Object.create(null);
    for (const field of spec.fields) {
      const fieldValue = record2[field.name];
      if (fieldValue === void 0 || fieldValue === null) {
        if (field.optional !== true) issues.push({ code: "missing_fact", path: [...at, field.name], params: { fact: field.name } });
        else if (field.default !== void 0) fields[field.name] = typeof field.default === "boolean" ? field.default : toDecimal(field.default);
        continue;
      }
      const converted = convertScalar(field, fieldValue, [...at, field.name], timeZone);
      if (converted.ok) fields[field.name] = converted.value;
      else issues.push(...converted.issues);
    }
    for (const [key, extra] of Object.entries(record2)) {
      if (!spec.fields.some((f) => f.name === key)) fields[key] = convertLoose(extra, timeZone);
    }
    const dated = dateField === void 0 ? void 0 : fields[dateField];
    const date = dated !== void 0 && typeof dated === "object" && "type" in dated ? dated.type === "datetime" ? dated.local : dated.type === "date" ? dated : void 0 : void 0;
    events.push({ type: "event", index, fields, date });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: events };
}
function readFacts(specs, rawFacts, timeZone) {
  const facts = /* @__PURE__ */ Object.create(null);
  const issues = [];
  for (const spec of specs) {
    const path = ["facts", spec.name];
    const value = Object.hasOwn(rawFacts, spec.name) ? rawFacts[spec.name] : void 0;
    if (value === void 0 || value === null) {
      if (spec.optional === true) {
        if (spec.type !== "events" && spec.default !== void 0) facts[spec.name] = typeof spec.default === "boolean" ? spec.default : toDecimal(spec.default);
        else if (spec.type === "events") facts[spec.name] = [];
      } else issues.push({ code: "missing_fact", path, params: { fact: spec.name } });
      continue;
    }
    const converted = spec.type === "events" ? convertEvents(spec, value, path, timeZone) : convertScalar(spec, value, path, timeZone);
    if (converted.ok) facts[spec.name] = converted.value;
    else issues.push(...converted.issues);
  }
  const undeclared = [];
  for (const [name, value] of Object.entries(rawFacts)) {
    if (specs.some((spec) => spec.name === name)) continue;
    undeclared.push(name);
    if (specs.length === 0) facts[name] = convertLoose(value, timeZone);
  }
  if (issues.length > 0) throw new KaoheError(issues);
  return { facts, undeclared };
}
function parseAppraisalInput(input) {
  assertSafeJson(input);
  const parsed = AppraisalInput.safeParse(input);
  if (!parsed.success) throw new KaoheError(issuesFromZod(parsed.error.issues, "input_invalid"));
  return parsed.data;
}

// ../../tmp/ref-src/evaluate/review.ts
function record(appraisal, level, reviewer, adjustments) {
  return { level: level.id, name: level.name, reviewer, adjustments, total: appraisal.total, band: appraisal.band, outcome: appraisal.outcome };
}
function applyReviews(compiled, first, reviews, refinish) {
  const chain = compiled.scheme.review?.levels ?? [];
  if (chain.length === 0) {
    if (reviews.length > 0) throw new KaoheError({ code: "review_invalid", path: ["reviews"], params: { reason: { en: "the scheme has no review chain", "zh-CN": "\u672C\u65B9\u6848\u6CA1\u6709\u590D\u8BC4\u6D41\u7A0B" } } });
    return first;
  }
  let current = first;
  let position = -1;
  const records = [];
  const firstLevel = chain[0];
  if (reviews[0]?.level !== firstLevel.id) records.push(record(first, firstLevel, null, []));
  reviews.forEach((review, index) => {
    const at = chain.findIndex((level2) => level2.id === review.level);
    const level = chain[at];
    const fail = (reason2, path = []) => {
      throw new KaoheError({ code: "review_invalid", path: ["reviews", index, ...path], params: { reason: reason2 } });
    };
    if (level === void 0) return fail({ en: `unknown level ${review.level}; levels: ${chain.map((l) => l.id).join(", ")}`, "zh-CN": `\u672A\u77E5\u7684\u590D\u8BC4\u5C42\u7EA7 ${review.level};\u53EF\u9009:${chain.map((l) => l.id).join("\u3001")}` }, ["level"]);
    if (at <= position) return fail({ en: `level ${review.level} comes out of order`, "zh-CN": `\u590D\u8BC4\u5C42\u7EA7 ${review.level} \u987A\u5E8F\u6709\u8BEF` }, ["level"]);
    position = at;
    const adjustments = [];
    const changes = review.adjustments ?? [];
    if (changes.length > 0 && !level.mayAdjust) return fail({ en: `level ${level.id} may only confirm`, "zh-CN": `\u5C42\u7EA7 ${level.id} \u53EA\u80FD\u786E\u8BA4,\u4E0D\u80FD\u8C03\u6574` }, ["adjustments"]);
    const items = [...current.items];
    const points = new Map(current.items.map((item) => [item.id, toDecimal(item.points)]));
    changes.forEach((change, changeIndex) => {
      const path = ["adjustments", changeIndex];
      const itemIndex = items.findIndex((item2) => item2.id === change.item);
      const item = items[itemIndex];
      if (item === void 0) return fail({ en: `unknown item ${change.item}`, "zh-CN": `\u672A\u77E5\u7684\u8003\u6838\u9879 ${change.item}` }, [...path, "item"]);
      if (change.reason.trim() === "") return fail({ en: "an adjustment needs a reason", "zh-CN": "\u8C03\u6574\u5FC5\u987B\u8BF4\u660E\u7406\u7531" }, [...path, "reason"]);
      let to;
      try {
        to = roundPoints(toDecimal(change.points));
      } catch {
        return fail({ en: "points must be a number", "zh-CN": "\u5206\u503C\u5FC5\u987B\u662F\u6570\u5B57" }, [...path, "points"]);
      }
      if (item.max !== null && (to.isNegative() || to.greaterThan(toDecimal(item.max)))) {
        return fail({ en: `points must lie within 0\u2013${item.max}`, "zh-CN": `\u5206\u503C\u987B\u5728 0\u2013${item.max} \u4E4B\u95F4` }, [...path, "points"]);
      }
      const from = toDecimal(item.points);
      const amount = to.minus(from);
      const adjustment = { item: item.id, from: item.points, to: formatFixed2(to), reason: change.reason };
      adjustments.push(adjustment);
      items[itemIndex] = {
        ...item,
        points: formatFixed2(to),
        lines: [
          ...item.lines,
          {
            code: "review.adjusted",
            kind: "adjustment",
            item: item.id,
            rule: "review",
            amount: amount.toString(),
            facts: { reviewer: review.reviewer ?? null },
            arithmetic: `${show(from)} \u2192 ${show(to)} (${amount.isNegative() ? "" : "+"}${show(amount)})`,
            message: renderBoth("line.review.adjusted", { level: level.name, item: item.id, from: item.points, to: formatFixed2(to), reason: change.reason })
          }
        ]
      };
      points.set(item.id, to);
    });
    current = refinish({ subject: current.subject, name: current.name, period: current.period, items, itemPoints: points });
    records.push(record(current, level, review.reviewer ?? null, adjustments));
  });
  return { ...current, reviews: records };
}

// ../../tmp/ref-src/evaluate/scoreItem.ts
function renderLines(drafts, item, rule, sharedFacts) {
  return drafts.map((draft) => ({
    code: draft.code,
    kind: draft.kind,
    item: item.id,
    rule,
    amount: draft.amount.toString(),
    facts: Object.keys(draft.facts).length > 0 ? draft.facts : sharedFacts,
    arithmetic: draft.arithmetic,
    message: renderBoth(`line.${draft.code}`, { ...draft.params, item: { en: `${item.id} ${item.name.en}`, "zh-CN": `${item.id} ${item.name["zh-CN"]}` } }),
    provenance: item.provenance
  }));
}
function factsReadBy(item, ctx) {
  const out = {};
  for (const name of ruleFacts(item.rule)) {
    const value = ctx.facts[name];
    if (!Array.isArray(value)) out[name] = factToJson(value);
  }
  return out;
}
function scoreItem(item, outcome, model, ctx) {
  const drafts = [...outcome.lines];
  let value = outcome.score;
  const max = item.points === void 0 ? void 0 : toDecimal(item.points);
  const bounded = max ?? (model === "weighted" ? new Decimal(100) : void 0);
  if (bounded !== void 0) {
    if (value.isNegative() && !value.isZero()) {
      drafts.push(line("item.floor", "floor", value.negated(), `max(0, ${show(value)}) = 0`));
      value = new Decimal(0);
    } else if (value.greaterThan(bounded) && item.allowAbovePoints !== true) {
      drafts.push(line("item.cap", "cap", bounded.minus(value), `min(${show(bounded)}, ${show(value)}) = ${show(bounded)}`, { points: show(bounded) }));
      value = bounded;
    }
  }
  if (model === "weighted" && item.weight !== void 0) {
    const weight = toDecimal(item.weight);
    const contribution = value.times(weight).dividedBy(100);
    drafts.push(
      line("item.weight", "weight", contribution.minus(value), `${show(weight)}% \xD7 ${show(value)} = ${show(contribution)}`, {
        weight: show(weight),
        achievement: show(value),
        amount: show(contribution)
      })
    );
    value = contribution;
  }
  const rounded = roundPoints(value);
  if (!rounded.equals(value)) drafts.push(line("item.rounding", "rounding", rounded.minus(value), `${show(value)} \u2192 ${formatFixed2(rounded)}`, { amount: formatFixed2(rounded) }));
  const shared = factsReadBy(item, ctx);
  return {
    points: rounded,
    result: {
      id: item.id,
      name: item.name,
      points: formatFixed2(rounded),
      max: max === void 0 ? null : formatFixed2(max),
      weight: item.weight === void 0 ? null : toDecimal(item.weight).toString(),
      rule: item.rule.kind,
      lines: renderLines(drafts, item, item.rule.kind, shared),
      provenance: item.provenance
    }
  };
}

// ../../tmp/ref-src/evaluate/composite.ts
function combineText(combine, divisor) {
  if (combine === "weighted") return { en: "weights", "zh-CN": "\u52A0\u6743" };
  if (combine === "divisor") return { en: `the divisor ${show(divisor)}`, "zh-CN": `\u9664\u6570 ${show(divisor)}` };
  return { en: "the mean", "zh-CN": "\u5E73\u5747" };
}
function panelDivisor(panel, count, weights, raters) {
  if (panel.combine === "divisor") return toDecimal(panel.divisor ?? panel.literalDivisor ?? count);
  if (panel.combine === "weighted") return raters.reduce((sum, rater) => sum.plus(weights.get(rater) ?? 1), new Decimal(0));
  return new Decimal(count);
}
function panelComposite(scheme, itemPoints, subtotal, ctx) {
  const panel = scheme.panel;
  if (panel === void 0) return void 0;
  const perRater = scheme.items.flatMap((item) => item.rule.kind === "rated" && item.rule.raters === void 0 ? [{ item, rule: item.rule }] : []);
  const byItem = perRater.map(({ item, rule }) => {
    const ratings = readRatings(rule, item, ctx);
    const how = itemCombination(rule, panel);
    const combined2 = roundPoints(combineRatings(ratings, how.combine, how.weights, how.divisor).value);
    const delta = (itemPoints.get(item.id) ?? combined2).minus(combined2);
    return { item, ratings: new Map(ratings.map((r) => [r.rater, roundPoints(r.value).plus(delta)])), points: itemPoints.get(item.id) ?? combined2 };
  });
  const rated = new Set(byItem.flatMap((entry) => [...entry.ratings.keys()]));
  const raters = byItem.length === 0 ? panel.raters.map((r) => r.id) : panel.raters.map((r) => r.id).filter((id) => rated.has(id));
  for (const entry of byItem) {
    for (const rater of raters) {
      if (!entry.ratings.has(rater)) {
        const done = byItem.filter((other) => other.ratings.has(rater)).map((other) => other.item.id);
        throw new KaoheError({ code: "rater_incomplete", path: ["ratings", entry.item.id, rater], params: { rater, rated: done.join(", "), item: entry.item.id } });
      }
    }
  }
  const totals = raters.map((rater) => ({
    rater,
    value: byItem.reduce((sum, entry) => sum.plus(entry.ratings.get(rater)).minus(entry.points), subtotal)
  }));
  const weights = new Map(panel.raters.filter((r) => r.weight !== void 0).map((r) => [r.id, toDecimal(r.weight)]));
  const divisor = panelDivisor(panel, raters.length, weights, raters);
  if (divisor.isZero()) {
    throw new KaoheError({ code: "scheme_invalid", path: ["scheme", "panel"], params: { reason: { en: "the raters who rated have a total weight (or divisor) of 0", "zh-CN": "\u5DF2\u8BC4\u5206\u7684\u8BC4\u5206\u4EBA\u6743\u91CD\u5408\u8BA1(\u6216\u9664\u6570)\u4E3A 0" } } });
  }
  const combined = combineRatings(totals, panel.combine, weights, panel.combine === "divisor" ? divisor : void 0);
  const value = roundPoints(combined.value);
  const amount = value.minus(subtotal);
  const arithmetic = `${combined.text} = ${show(combined.value)}`;
  const totalsText = totals.map((t) => `${t.rater} ${show(t.value)}`).join(", ");
  const result = {
    combine: panel.combine,
    raters: totals.map((t) => {
      const rater = panel.raters.find((r) => r.id === t.rater);
      return { rater: t.rater, name: rater?.name ?? null, weight: rater?.weight === void 0 ? null : toDecimal(rater.weight).toString(), total: formatFixed2(t.value) };
    }),
    divisor: divisor.toString(),
    arithmetic,
    value: formatFixed2(value)
  };
  const line2 = {
    code: "total.composite",
    kind: "composite",
    item: null,
    rule: "total",
    amount: amount.toString(),
    facts: { raters: Object.fromEntries(totals.map((t) => [t.rater, t.value.toString()])) },
    arithmetic: `${arithmetic}; ${show(value)} \u2212 ${show(subtotal)} = ${show(amount)}`,
    message: renderBoth("line.total.composite", { count: raters.length, totals: totalsText, combine: combineText(panel.combine, divisor), composite: formatFixed2(value), sum: formatFixed2(subtotal), amount: show(amount) })
  };
  return { result, line: line2, total: value };
}

// ../../tmp/ref-src/bonus/projectOutcome.ts
function choiceFact(ctx, name, allowed) {
  const value = ctx.facts[name];
  if (value === void 0) throw new KaoheError({ code: "missing_fact", path: ["facts", name], params: { fact: name } });
  if (typeof value !== "string" || !allowed.includes(value)) {
    throw new KaoheError({ code: "unknown_choice", path: ["facts", name], params: { value: typeof value === "string" ? value : formatShort(value), allowed: allowed.join(", ") } });
  }
  return value;
}
function wholeFact(ctx, name) {
  const value = numericFact(ctx, name);
  if (!value.isInteger() || value.lessThan(1)) throw new KaoheError({ code: "input_invalid", path: ["facts", name], params: expectedButGot("a whole number \u2265 1", value.toString()) });
  return value.toNumber();
}
function dateFact(ctx, name) {
  const value = ctx.facts[name];
  if (value === void 0) return void 0;
  if (!isDated(value)) throw new KaoheError({ code: "input_invalid", path: ["facts", name], params: expectedButGot("a date YYYY-MM-DD", String(value)) });
  return value.type === "date" ? value : value.local;
}
function gradeHistory(ctx, name) {
  const value = ctx.facts[name];
  if (value === void 0) return [];
  if (!isEventList(value)) throw new KaoheError({ code: "input_invalid", path: ["facts", name], params: expectedButGot("a list of grades", String(value)) });
  return value.map((event) => {
    const grade = event.fields["grade"];
    if (typeof grade !== "string") throw new KaoheError({ code: "input_invalid", path: ["facts", name, event.index, "grade"], params: expectedButGot("a grade", String(grade)) });
    return grade;
  });
}
function bonusOf(spec, ctx, grade, hasGrades, vetoes) {
  const options = {};
  for (const coefficient of spec.coefficients) options[coefficient.id] = choiceFact(ctx, coefficient.fact, Object.keys(coefficient.values));
  const leaderFact = spec.split?.fact;
  const collectedFact = spec.payout?.fact;
  return computeProjectBonus(spec, {
    contractValue: numericFact(ctx, spec.contractFact),
    options,
    quarters: spec.spreadFact === void 0 ? void 0 : wholeFact(ctx, spec.spreadFact),
    factor: grade === void 0 ? new Decimal(hasGrades ? 0 : 1) : toDecimal(grade.factor),
    grade: grade?.id,
    vetoes: vetoes.filter((veto) => veto.outcome === "zeroBonus"),
    leaderShare: leaderFact !== void 0 && ctx.facts[leaderFact] !== void 0 ? numericFact(ctx, leaderFact) : void 0,
    collectedOn: collectedFact === void 0 ? void 0 : dateFact(ctx, collectedFact)
  });
}
function projectFacts(scheme) {
  const facts = /* @__PURE__ */ new Set();
  const bonus = scheme.bonus;
  if (bonus !== void 0) {
    facts.add(bonus.contractFact);
    for (const coefficient of bonus.coefficients) facts.add(coefficient.fact);
    if (bonus.spreadFact !== void 0) facts.add(bonus.spreadFact);
    if (bonus.split !== void 0) facts.add(bonus.split.fact);
    if (bonus.payout !== void 0) facts.add(bonus.payout.fact);
  }
  if (scheme.sanction !== void 0) facts.add(scheme.sanction.fact);
  return facts;
}
function projectOutcome(scheme, ctx, score, vetoes) {
  const grades = scheme.grades ?? [];
  if (grades.length === 0 && scheme.bonus === void 0 && scheme.sanction === void 0) return {};
  const grade = grades.length === 0 ? void 0 : findGrade(grades, score);
  if (grades.length > 0 && grade === void 0) throw new KaoheError({ code: "no_grade_matched", path: ["scheme", "grades"], params: { value: formatShort(score) } });
  const out = {};
  if (grades.length > 0) out.grade = grade === void 0 ? null : gradeResult(grade);
  if (scheme.bonus !== void 0) out.bonus = bonusOf(scheme.bonus, ctx, grade, grades.length > 0, vetoes);
  const sanction = scheme.sanction;
  if (sanction !== void 0) {
    const history = gradeHistory(ctx, sanction.fact);
    const current = grade?.id;
    const streak = current === void 0 ? 0 : gradeStreak(history, current, sanction.grade);
    if (current !== void 0 && streak >= sanction.count) {
      const grades2 = [...history, current];
      out.sanction = {
        id: sanction.id,
        name: sanction.name,
        grade: sanction.grade,
        streak,
        grades: grades2,
        message: renderBoth("sanction.streak", { streak, grade: sanction.grade, grades: grades2.join(", "), sanction: sanction.name }),
        provenance: sanction.provenance
      };
    } else out.sanction = null;
  }
  return out;
}

// ../../tmp/ref-src/evaluate/appraise.ts
function totalLine(code, kind, amount, arithmetic, params) {
  const draft = line(code, kind, amount, arithmetic, params);
  return { code, kind, item: null, rule: "total", amount: amount.toString(), facts: {}, arithmetic, message: renderBoth(`line.${code}`, draft.params) };
}
function* appraisalSteps(compiled, rawInput, options) {
  const scheme = compiled.scheme;
  const input = parseAppraisalInput(rawInput);
  const period = parsePeriod(input.period, scheme.period);
  if (period === void 0) {
    throw new KaoheError({ code: "period_invalid", path: ["period"], params: { value: input.period, kind: scheme.period, format: PERIOD_FORMATS[scheme.period] } });
  }
  const { facts, undeclared } = readFacts(scheme.inputs, input.facts, scheme.timeZone);
  const warnings = [];
  if (scheme.inputs.length > 0) {
    for (const name of undeclared) {
      warnings.push({ code: "undeclared_fact", path: ["facts", name], message: { en: `the fact "${name}" is not read by this scheme`, "zh-CN": `\u672C\u65B9\u6848\u4E0D\u8BFB\u53D6\u4E8B\u5B9E "${name}"` } });
    }
  }
  for (const [name, value] of Object.entries(facts)) {
    if (!isEventList(value)) continue;
    for (const event of value) {
      if (event.date !== void 0 && !periodContains(period, event.date)) {
        warnings.push({
          code: "event_outside_period",
          path: ["facts", name, event.index],
          message: renderBoth("error.event_outside_period", { date: event.date.iso, period: period.id })
        });
      }
    }
  }
  const ratings = Object.assign(/* @__PURE__ */ Object.create(null), input.ratings);
  const itemPoints = /* @__PURE__ */ new Map();
  const ctx = {
    facts,
    ratings,
    period,
    timeZone: scheme.timeZone,
    items: itemPoints,
    panelRaters: scheme.panel?.raters.map((r) => r.id),
    panel: scheme.panel
  };
  const items = [];
  for (const [index, item] of scheme.items.entries()) {
    let outcome;
    try {
      if (item.rule.kind === "condition") {
        const engine = compiled.engines.get(item.id);
        outcome = yield { rule: item.rule, engine, item, ctx };
      } else {
        outcome = evaluateRule(item.rule, item, ctx);
      }
    } catch (error) {
      if (error instanceof KaoheError && error.path[0] === "items") {
        throw new KaoheError(error.issues.map((issue) => ({ ...issue, path: ["scheme", "items", index, ...issue.path.slice(2)] })));
      }
      throw error;
    }
    const { points, result } = scoreItem(item, outcome, scheme.model, ctx);
    itemPoints.set(item.id, points);
    items.push(result);
  }
  const base = scheme.model === "deduction" ? toDecimal(scheme.base ?? 100) : new Decimal(0);
  const appraisal = finishAppraisal(compiled, {
    subject: input.subject,
    name: input.name ?? null,
    period: period.id,
    base,
    items,
    itemPoints,
    ctx,
    warnings
  });
  return applyReviews(compiled, appraisal, options.reviews ?? [], (adjusted) => finishAppraisal(compiled, { ...adjusted, base, ctx: { ...ctx, items: adjusted.itemPoints }, warnings }));
}
function finishAppraisal(compiled, parts) {
  const scheme = compiled.scheme;
  const lines = [];
  let total = parts.base;
  if (!parts.base.isZero()) lines.push(totalLine("total.base", "base", parts.base, show(parts.base), { base: show(parts.base) }));
  for (const points of parts.itemPoints.values()) total = total.plus(points);
  const composite = panelComposite(scheme, parts.itemPoints, total, parts.ctx);
  if (composite !== void 0) {
    lines.push(composite.line);
    total = composite.total;
  }
  const floor = toDecimal(scheme.totalFloor ?? 0);
  if (total.lessThan(floor)) {
    lines.push(totalLine("total.floor", "floor", floor.minus(total), `max(${show(floor)}, ${show(total)}) = ${show(floor)}`, { floor: show(floor) }));
    total = floor;
  }
  const band = findBand(scheme.bands, scheme.bandPolicy, total);
  const vetoes = [];
  for (const veto of scheme.vetoes) {
    if (!evaluatePredicate(veto.when, parts.ctx)) continue;
    const condition = describePredicate(veto.when);
    const facts = {};
    collectVetoFacts(veto.when, parts.ctx, facts);
    vetoes.push({
      id: veto.id,
      name: veto.name,
      outcome: veto.outcome,
      condition,
      facts,
      message: renderBoth("line.veto.triggered", {
        veto: { en: `${veto.id} ${veto.name.en}`, "zh-CN": `${veto.id} ${veto.name["zh-CN"]}` },
        condition,
        outcome: renderBoth(`outcome.${veto.outcome}`)
      }),
      provenance: veto.provenance
    });
  }
  const failed = vetoes.some((v) => v.outcome === "fail");
  const project = projectOutcome(scheme, parts.ctx, total, vetoes);
  return {
    subject: parts.subject,
    name: parts.name,
    period: parts.period,
    scheme: { id: scheme.id, version: scheme.version, hash: compiled.hash, model: scheme.model, lineage: scheme.lineage },
    total: formatFixed2(total),
    band: band === void 0 ? null : { id: band.id, name: band.name },
    outcome: failed ? "fail" : band?.id ?? "unrated",
    vetoes,
    items: parts.items,
    lines,
    reviews: [],
    warnings: parts.warnings,
    ...composite === void 0 ? {} : { composite: composite.result },
    ...project
  };
}
function collectVetoFacts(predicate, ctx, into) {
  if ("all" in predicate) predicate.all.forEach((p) => collectVetoFacts(p, ctx, into));
  else if ("any" in predicate) predicate.any.forEach((p) => collectVetoFacts(p, ctx, into));
  else if ("not" in predicate) collectVetoFacts(predicate.not, ctx, into);
  else if ("fact" in predicate) into[predicate.fact] = factToJson(ctx.facts[predicate.fact]);
  else if ("item" in predicate) into[`item:${predicate.item}`] = ctx.items.get(predicate.item)?.toString() ?? null;
}
function subjectOf(input) {
  const subject = typeof input === "object" && input !== null ? input.subject : void 0;
  return typeof subject === "string" ? subject : "?";
}
function prepare(scheme, options) {
  return isCompiledScorecard(scheme) ? scheme : compile(scheme, { ...options.schemes === void 0 ? {} : { schemes: options.schemes }, ...options.locale === void 0 ? {} : { locale: options.locale } });
}
function withSubject(error, input, locale) {
  return error instanceof KaoheError ? error.withContext(`subject ${subjectOf(input)}`, locale) : error;
}
function appraiseSync(scheme, input, options = {}) {
  const compiled = prepare(scheme, options);
  const locale = options.locale ?? "en";
  if (compiled.requiresAsync) {
    throw new KaoheError({ code: "async_required", path: [], params: { scheme: compiled.scheme.id, items: compiled.asyncItems.join(", ") } }, { locale });
  }
  try {
    const steps = appraisalSteps(compiled, input, options);
    const next = steps.next();
    if (!next.done) throw new KaoheError({ code: "async_required", path: [], params: { scheme: compiled.scheme.id, items: next.value.item.id } });
    return next.value;
  } catch (error) {
    throw withSubject(error, input, locale);
  }
}
async function appraise(scheme, input, options = {}) {
  const compiled = prepare(scheme, options);
  const locale = options.locale ?? "en";
  try {
    const steps = appraisalSteps(compiled, input, options);
    let next = steps.next();
    while (!next.done) {
      const request = next.value;
      next = steps.next(await evaluateCondition(request.rule, request.engine, request.item, request.ctx));
    }
    return next.value;
  } catch (error) {
    throw withSubject(error, input, locale);
  }
}
async function* appraiseMany(scheme, inputs, options = {}) {
  const compiled = prepare(scheme, options);
  for await (const input of inputs) {
    yield compiled.requiresAsync ? await appraise(compiled, input, options) : appraiseSync(compiled, input, options);
  }
}

// ../../tmp/ref-src/lint/LintFinding.ts
function finding(code, severity, path, params = {}) {
  return { code, severity, path, params, message: renderBoth(`lint.${code}`, params) };
}

// ../../tmp/ref-src/lint/lintBands.ts
function lintIntervalTable(rows, policy, domain, path, codes, extra = {}) {
  const findings = [];
  for (const gap of uncoveredIntervals(rows.map((r) => r.interval), domain)) {
    findings.push(finding(codes.gap, "warning", path, { ...extra, interval: formatInterval(gap) }));
  }
  rows.forEach((later, j) => {
    const earlier = rows.slice(0, j);
    if (policy === "first" && earlier.length > 0 && !intervalIsEmpty(later.interval)) {
      if (uncoveredIntervals(earlier.map((r) => r.interval), later.interval).length === 0) {
        findings.push(finding(codes.unreachable, "warning", [...path, j], { ...extra, band: later.id, tier: later.id }));
        return;
      }
    }
    earlier.forEach((first) => {
      const overlap = intersectIntervals(first.interval, later.interval);
      if (intervalIsEmpty(overlap)) return;
      if (policy === "first" && intervalWithin(first.interval, later.interval)) return;
      findings.push(finding(codes.overlap, "warning", [...path, j], { ...extra, first: first.id, second: later.id, interval: formatInterval(overlap) }));
    });
  });
  return findings;
}
function lintBands(bands, policy, floor) {
  if (bands.length === 0) return [];
  const domain = { min: toDecimal(floor ?? 0), max: void 0, minInclusive: true, maxInclusive: false };
  return lintIntervalTable(
    bands.map((band) => ({ id: band.id, interval: toInterval(band) })),
    policy,
    domain,
    ["bands"],
    { gap: "band_gap", overlap: "band_overlap", unreachable: "band_unreachable" }
  );
}

// ../../tmp/ref-src/lint/lintScorecard.ts
var WHOLE_LINE = { min: void 0, max: void 0, minInclusive: false, maxInclusive: false };
function lintExtends(own, schemes) {
  const seen = [own.id];
  let parentId = own.extends;
  while (parentId !== void 0) {
    if (seen.includes(parentId)) return [finding("extends_cycle", "error", ["extends"], { cycle: [...seen, parentId].join(" \u2192 ") })];
    const parent = lookupScheme(schemes, parentId);
    if (parent === void 0) return [finding("extends_unknown", "error", ["extends"], { id: parentId })];
    seen.push(parentId);
    parentId = typeof parent.extends === "string" ? parent.extends : void 0;
  }
  return [];
}
function lintIds(scheme) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const ids = [...scheme.items.map((i) => i.id), ...scheme.vetoes.map((v) => v.id)];
  for (const id of ids) {
    if (seen.has(id)) findings.push(finding("duplicate_id", "error", ["items"], { id }));
    seen.add(id);
  }
  const earlier = /* @__PURE__ */ new Set();
  const all = new Set(scheme.items.map((i) => i.id));
  scheme.items.forEach((item, index) => {
    for (const ref of ruleItems(item.rule)) {
      if (!all.has(ref)) findings.push(finding("unknown_item_ref", "error", ["items", index, "rule"], { where: item.id, ref }));
      else if (!earlier.has(ref)) findings.push(finding("item_order", "error", ["items", index, "rule"], { item: item.id, ref }));
    }
    earlier.add(item.id);
  });
  scheme.vetoes.forEach((veto, index) => {
    for (const ref of predicateItems(veto.when)) {
      if (!all.has(ref)) findings.push(finding("unknown_item_ref", "error", ["vetoes", index, "when"], { where: veto.id, ref }));
    }
  });
  return findings;
}
function lintTotals(scheme) {
  if (scheme.model === "weighted") {
    const missing = scheme.items.filter((i) => i.weight === void 0).map((i) => i.id);
    if (missing.length > 0) return [finding("weights_missing", "error", ["items"], { items: missing.join(", ") })];
    const sum2 = scheme.items.reduce((acc, i) => acc.plus(toDecimal(i.weight)), new Decimal(0));
    return sum2.equals(100) ? [] : [finding("weights_not_100", "error", ["items"], { sum: sum2.toString() })];
  }
  if (scheme.model !== "points") return [];
  const sum = scheme.items.reduce((acc, i) => i.points === void 0 ? acc : acc.plus(toDecimal(i.points)), new Decimal(0));
  if (scheme.declaredTotal !== void 0) {
    const declared = toDecimal(scheme.declaredTotal);
    return sum.equals(declared) ? [] : [finding("items_total_mismatch", "warning", ["items"], { sum: sum.toString(), declared: declared.toString() })];
  }
  return sum.equals(100) ? [] : [finding("items_sum", "info", ["items"], { sum: sum.toString() })];
}
function lintTiers(scheme) {
  const findings = [];
  const codes = { gap: "tier_gap", overlap: "tier_overlap", unreachable: "tier_unreachable" };
  scheme.items.forEach((item, index) => {
    const rule = item.rule;
    if (rule.kind === "tiers") {
      const rows = rule.tiers.map((tier, i) => ({ id: String(i + 1), interval: toInterval(tier) }));
      findings.push(...lintIntervalTable(rows, rule.hitPolicy, WHOLE_LINE, ["items", index, "rule", "tiers"], codes, { item: item.id }));
    } else if (rule.kind === "perOccurrence" && typeof rule.each === "object") {
      const rows = rule.each.tiers.map((tier, i) => ({ id: String(i + 1), interval: toInterval(tier) }));
      findings.push(...lintIntervalTable(rows, rule.each.hitPolicy, WHOLE_LINE, ["items", index, "rule", "each", "tiers"], codes, { item: item.id }));
    }
  });
  return findings;
}
function lintFacts(scheme) {
  if (scheme.inputs.length === 0) return [];
  const declared = new Set(scheme.inputs.map((spec) => spec.name));
  const read = /* @__PURE__ */ new Map();
  scheme.items.forEach((item) => ruleFacts(item.rule).forEach((fact) => read.has(fact) || read.set(fact, item.id)));
  scheme.vetoes.forEach((veto) => predicateFacts(veto.when).forEach((fact) => read.has(fact) || read.set(fact, veto.id)));
  projectFacts(scheme).forEach((fact) => read.has(fact) || read.set(fact, "bonus"));
  const findings = [];
  for (const [fact, where] of read) if (!declared.has(fact)) findings.push(finding("fact_undeclared", "error", ["inputs"], { fact, where }));
  scheme.inputs.forEach((spec, index) => {
    if (!read.has(spec.name)) findings.push(finding("fact_unused", "info", ["inputs", index], { fact: spec.name }));
  });
  return findings;
}
function lintRaters(scheme) {
  const findings = [];
  const panel = scheme.panel;
  if (panel !== void 0) {
    const list = panel.raters.map((r) => r.id).join(", ");
    for (const [key, value] of [["literalDivisor", panel.literalDivisor], ["divisor", panel.divisor]]) {
      if (value !== void 0 && !toDecimal(value).equals(panel.raters.length)) {
        findings.push(finding("divisor_mismatch", "warning", ["panel", key], { divisor: toDecimal(value).toString(), raters: panel.raters.length, list }));
      }
    }
  }
  scheme.items.forEach((item, index) => {
    const rule = item.rule;
    if (rule.kind !== "rated") return;
    if (rule.divisor !== void 0 && rule.raters !== void 0 && !toDecimal(rule.divisor).equals(rule.raters.length)) {
      findings.push(finding("divisor_mismatch", "warning", ["items", index, "rule", "divisor"], { divisor: toDecimal(rule.divisor).toString(), raters: rule.raters.length, list: rule.raters.map((r) => r.id).join(", ") }));
    }
    if (rule.max !== void 0 && item.points !== void 0 && toDecimal(rule.max).greaterThan(toDecimal(item.points))) {
      findings.push(finding("rated_range", "warning", ["items", index, "rule", "max"], { item: item.id, max: toDecimal(rule.max).toString(), points: toDecimal(item.points).toString() }));
    }
  });
  return findings;
}
function lintScorecard(own, schemes) {
  const findings = lintExtends(own, schemes);
  if (findings.some((f) => f.severity === "error")) return findings;
  let scheme;
  try {
    scheme = resolveScorecard(own, schemes);
  } catch (error) {
    if (error instanceof KaoheError) {
      return [...findings, ...error.issues.map((issue) => finding("scheme_invalid", "error", issue.path, issue.params))];
    }
    throw error;
  }
  if (scheme.status !== "complete") {
    findings.push(finding("status", "info", ["status"], { status: scheme.status, detail: scheme.description ?? scheme.name }));
  }
  return [
    ...findings,
    ...lintIds(scheme),
    ...lintTotals(scheme),
    ...lintBands(scheme.bands, scheme.bandPolicy, scheme.totalFloor),
    ...lintTiers(scheme),
    ...lintFacts(scheme),
    ...lintRaters(scheme)
  ];
}

// ../../tmp/ref-src/regimes/orderCondition.ts
import { z as z33 } from "zod";
var OrderDeadline = z33.union([
  z33.strictObject({
    /** The timestamp of the step, e.g. `contactedAt`. */
    step: FactName,
    within: Duration,
    /** The timestamp the duration runs from; the order's start (`dispatchedAt`) when absent. */
    from: FactName.optional(),
    boundary: Boundary.default("inclusive"),
    label: LocalizedText.optional()
  }),
  z33.strictObject({
    step: FactName,
    /** A timestamp of the order the step must come by, e.g. `agreedAt`. */
    by: FactName,
    boundary: Boundary.default("inclusive"),
    label: LocalizedText.optional()
  })
]);
var OrderCondition = z33.lazy(
  () => z33.union([
    z33.strictObject({ missed: OrderDeadline }),
    z33.strictObject({ flag: FactName }),
    z33.strictObject({ any: z33.array(OrderCondition).min(1) }),
    z33.strictObject({ all: z33.array(OrderCondition).min(1) })
  ])
);
function conditionFields(condition, into = { timestamps: /* @__PURE__ */ new Set(), flags: /* @__PURE__ */ new Set() }) {
  if ("missed" in condition) {
    into.timestamps.add(condition.missed.step);
    if ("by" in condition.missed) into.timestamps.add(condition.missed.by);
    else if (condition.missed.from !== void 0) into.timestamps.add(condition.missed.from);
  } else if ("flag" in condition) into.flags.add(condition.flag);
  else if ("any" in condition) condition.any.forEach((c) => conditionFields(c, into));
  else condition.all.forEach((c) => conditionFields(c, into));
  return into;
}

// ../../tmp/ref-src/regimes/PenaltyRegime.ts
import { z as z34 } from "zod";
var NonNegative = DecimalLikeSchema.refine((value) => !toDecimal(value).isNegative(), { message: "not negative" });
var Named = z34.strictObject({ name: FactName, label: LocalizedText });
var KindSpec = z34.strictObject({ id: Id, name: LocalizedText });
var OrderSpec = z34.strictObject({
  fact: FactName.default("orders"),
  kinds: z34.array(KindSpec).min(1),
  /** The timestamp every order has and its deadlines run from. */
  start: Named.default({ name: "dispatchedAt", label: { "zh-CN": "\u6D3E\u5355", en: "dispatch" } }),
  timestamps: z34.array(Named).default([]),
  flags: z34.array(Named).default([]),
  /** Fields holding a person id, e.g. the customer-service agent of the order. */
  people: z34.array(Named).default([])
});
var BreachSpec = z34.strictObject({
  fact: FactName.default("breaches"),
  kinds: z34.array(KindSpec).min(1)
});
var CountSpec = z34.strictObject({
  name: FactName,
  description: LocalizedText.optional(),
  /** A count left out of the input is 0 unless this is false. */
  optional: z34.boolean().default(true)
});
var OffenceSource = z34.union([
  z34.strictObject({ orders: z34.array(Id).min(1), when: OrderCondition }),
  z34.strictObject({ breaches: Id })
]);
var Offence = z34.strictObject({
  id: Id,
  name: LocalizedText,
  on: OffenceSource,
  /** Penalty points per occurrence (positive: "扣0.5分" is 0.5). */
  points: NonNegative.optional(),
  /** A fine per occurrence in CNY, besides the points' fine. */
  fine: NonNegative.optional(),
  provenance: Provenance
}).refine((offence) => offence.points !== void 0 || offence.fine !== void 0, { message: "points or fine", path: ["points"] });
var Payer = z34.union([
  z34.strictObject({ role: Id, name: LocalizedText.optional(), from: z34.literal("subject") }),
  z34.strictObject({ role: Id, name: LocalizedText.optional(), from: z34.literal("reportingLine") }),
  z34.strictObject({ role: Id, name: LocalizedText.optional(), from: z34.literal("holder") }),
  z34.strictObject({ role: Id, name: LocalizedText.optional(), from: z34.literal("orderField"), field: FactName })
]);
var CollectiveRule = z34.strictObject({
  id: Id,
  name: LocalizedText,
  on: z34.strictObject({ orders: z34.array(Id).min(1), when: OrderCondition }),
  /** The fine on each payer, CNY. */
  fine: NonNegative,
  payers: z34.array(Payer).min(1),
  provenance: Provenance
});
var SanctionKind = z34.strictObject({ id: Id, name: LocalizedText, severity: z34.number().int().nonnegative() });
var Measure = z34.union([z34.literal("points"), z34.strictObject({ breaches: Id }), z34.strictObject({ fact: FactName })]);
var ThresholdTier = z34.strictObject({
  min: DecimalLikeSchema.optional(),
  max: DecimalLikeSchema.optional(),
  minInclusive: z34.boolean().default(true),
  maxInclusive: z34.boolean().default(false),
  sanction: Id,
  label: LocalizedText.optional()
});
var Threshold = z34.strictObject({
  id: Id,
  name: LocalizedText,
  measure: Measure,
  months: z34.number().int().min(1).max(36).default(1),
  hitPolicy: HitPolicy.default("unique"),
  tiers: z34.array(ThresholdTier).min(1),
  provenance: Provenance
}).refine((t) => t.months === 1 || typeof t.measure === "string" || !("fact" in t.measure), { message: "a count fact has no history: months must be 1", path: ["months"] });
var PenaltyRegime = z34.strictObject({
  schemaVersion: z34.literal(1),
  kind: z34.literal("penaltyRegime"),
  id: Id,
  version: z34.string().min(1),
  name: LocalizedText,
  description: LocalizedText.optional(),
  status: SchemeStatus.default("complete"),
  organisation: Id.optional(),
  roles: z34.array(Id).optional(),
  /** IANA time zone events are dated in; `Asia/Shanghai` unless set. */
  timeZone: z34.string().min(1).default("Asia/Shanghai"),
  currency: z34.literal("CNY").default("CNY"),
  /** CNY per penalty point ("每扣1分,扣人民币100元"). */
  finePerPoint: NonNegative,
  orders: OrderSpec,
  breaches: BreachSpec.optional(),
  counts: z34.array(CountSpec).default([]),
  offences: z34.array(Offence).min(1),
  collective: z34.array(CollectiveRule).default([]),
  sanctionKinds: z34.array(SanctionKind).default([]),
  thresholds: z34.array(Threshold).default([]),
  readings: z34.array(Reading).default([]),
  sources: z34.array(z34.string().min(1)).default([])
});

// ../../tmp/ref-src/regimes/compileRegime.ts
var bad3 = (path, en2, zh) => ({ code: "scheme_invalid", path, params: { reason: { en: en2, "zh-CN": zh } } });
function referenceIssues(regime) {
  const issues = [];
  const orderKinds = new Set(regime.orders.kinds.map((k) => k.id));
  const breachKinds = new Set((regime.breaches?.kinds ?? []).map((k) => k.id));
  const timestamps = /* @__PURE__ */ new Set([regime.orders.start.name, ...regime.orders.timestamps.map((t) => t.name)]);
  const flags = new Set(regime.orders.flags.map((f) => f.name));
  const people = new Set(regime.orders.people.map((p) => p.name));
  const sanctions = new Set(regime.sanctionKinds.map((s) => s.id));
  const counts = new Set(regime.counts.map((c) => c.name));
  const ids = /* @__PURE__ */ new Set();
  const checkId = (id, path) => {
    if (ids.has(id)) issues.push(bad3(path, `duplicate id ${id}`, `id ${id} \u91CD\u590D`));
    ids.add(id);
  };
  const checkOrders = (on, path) => {
    on.orders.forEach((kind, i) => {
      if (!orderKinds.has(kind)) issues.push(bad3([...path, "orders", i], `unknown order kind ${kind}`, `\u672A\u77E5\u7684\u5DE5\u5355\u7C7B\u522B ${kind}`));
    });
    const fields = conditionFields(on.when);
    for (const name of fields.timestamps) if (!timestamps.has(name)) issues.push(bad3([...path, "when"], `unknown order timestamp ${name}`, `\u672A\u77E5\u7684\u5DE5\u5355\u65F6\u95F4\u5B57\u6BB5 ${name}`));
    for (const name of fields.flags) if (!flags.has(name)) issues.push(bad3([...path, "when"], `unknown order flag ${name}`, `\u672A\u77E5\u7684\u5DE5\u5355\u6807\u8BB0 ${name}`));
  };
  regime.offences.forEach((offence, index) => {
    checkId(offence.id, ["offences", index, "id"]);
    if ("breaches" in offence.on) {
      if (!breachKinds.has(offence.on.breaches)) issues.push(bad3(["offences", index, "on", "breaches"], `unknown breach kind ${offence.on.breaches}`, `\u672A\u77E5\u7684\u8FDD\u89C4\u7C7B\u522B ${offence.on.breaches}`));
    } else checkOrders(offence.on, ["offences", index, "on"]);
  });
  regime.collective.forEach((rule, index) => {
    checkId(rule.id, ["collective", index, "id"]);
    checkOrders(rule.on, ["collective", index, "on"]);
    rule.payers.forEach((payer, p) => {
      if (payer.from === "orderField" && !people.has(payer.field)) issues.push(bad3(["collective", index, "payers", p, "field"], `unknown order field ${payer.field}`, `\u672A\u77E5\u7684\u5DE5\u5355\u5B57\u6BB5 ${payer.field}`));
    });
  });
  regime.thresholds.forEach((threshold, index) => {
    checkId(threshold.id, ["thresholds", index, "id"]);
    const measure = threshold.measure;
    if (typeof measure === "object" && "breaches" in measure && !breachKinds.has(measure.breaches)) issues.push(bad3(["thresholds", index, "measure"], `unknown breach kind ${measure.breaches}`, `\u672A\u77E5\u7684\u8FDD\u89C4\u7C7B\u522B ${measure.breaches}`));
    if (typeof measure === "object" && "fact" in measure && !counts.has(measure.fact)) issues.push(bad3(["thresholds", index, "measure"], `the count ${measure.fact} is not declared in counts`, `\u8BA1\u6570 ${measure.fact} \u672A\u5728 counts \u4E2D\u58F0\u660E`));
    threshold.tiers.forEach((tier, t) => {
      if (!sanctions.has(tier.sanction)) issues.push(bad3(["thresholds", index, "tiers", t, "sanction"], `unknown sanction ${tier.sanction}`, `\u672A\u77E5\u7684\u5904\u7406 ${tier.sanction}`));
    });
  });
  if (!isValidTimeZone(regime.timeZone)) issues.push(bad3(["timeZone"], `unknown time zone ${regime.timeZone}`, `\u672A\u77E5\u65F6\u533A ${regime.timeZone}`));
  return issues;
}
function compileRegime(data, options = {}) {
  const locale = options.locale ?? "en";
  const id = typeof data === "object" && data !== null && typeof data.id === "string" ? data.id : "regime";
  try {
    assertSafeJson(data);
    const parsed = PenaltyRegime.safeParse(data);
    if (!parsed.success) throw new KaoheError(issuesFromZod(parsed.error.issues, "scheme_invalid"));
    const issues = referenceIssues(parsed.data);
    if (issues.length > 0) throw new KaoheError(issues);
    return { kind: "compiledPenaltyRegime", scheme: parsed.data, hash: contentHash(parsed.data) };
  } catch (error) {
    if (error instanceof KaoheError) throw error.withContext(id, locale);
    throw error;
  }
}
function isCompiledRegime(value) {
  return typeof value === "object" && value !== null && value.kind === "compiledPenaltyRegime";
}

// ../../tmp/ref-src/lint/regimeLint.ts
var WHOLE_LINE2 = { min: void 0, max: void 0, minInclusive: false, maxInclusive: false };
function lintRegime(data) {
  const parsed = PenaltyRegime.safeParse(data);
  if (!parsed.success) return issuesFromZod(parsed.error.issues, "scheme_invalid").map((issue) => finding("scheme_invalid", "error", issue.path, issue.params));
  try {
    compileRegime(parsed.data);
  } catch (error) {
    if (error instanceof KaoheError) return error.issues.map((issue) => finding("scheme_invalid", "error", issue.path, issue.params));
    throw error;
  }
  const findings = [];
  parsed.data.thresholds.forEach((threshold, index) => {
    const rows = threshold.tiers.map((tier, t) => ({ id: `${t + 1} (${tier.sanction})`, interval: toInterval(tier) }));
    const table = lintIntervalTable(rows, threshold.hitPolicy, WHOLE_LINE2, ["thresholds", index, "tiers"], { gap: "threshold_gap", overlap: "threshold_overlap", unreachable: "threshold_unreachable" }, { threshold: threshold.id });
    findings.push(...table.filter((f) => f.code !== "threshold_gap"));
  });
  return findings;
}

// ../../tmp/ref-src/lint/lint.ts
var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function lint(scheme, options = {}) {
  try {
    assertSafeJson(scheme);
  } catch (error) {
    if (error instanceof KaoheError) return error.issues.map((issue) => finding("scheme_invalid", "error", issue.path, { reason: { en: `unsafe key ${String(issue.params["key"])}`, "zh-CN": `\u4E0D\u5B89\u5168\u7684\u952E ${String(issue.params["key"])}` } }));
    throw error;
  }
  const kind = typeof scheme === "object" && scheme !== null ? scheme.kind : void 0;
  let findings;
  switch (kind) {
    case "scorecard": {
      const parsed = Scorecard.safeParse(scheme);
      if (!parsed.success) {
        findings = issuesFromZod(parsed.error.issues, "scheme_invalid").map((issue) => finding("scheme_invalid", "error", issue.path, issue.params));
        break;
      }
      findings = lintScorecard(parsed.data, options.schemes);
      break;
    }
    case "penaltyRegime":
      findings = lintRegime(scheme);
      break;
    default:
      findings = [finding("scheme_invalid", "error", ["kind"], { reason: { en: `unknown scheme kind ${JSON.stringify(kind)}`, "zh-CN": `\u672A\u77E5\u7684\u65B9\u6848\u7C7B\u578B ${JSON.stringify(kind)}` } })];
  }
  return findings.slice().sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

// ../../tmp/ref-src/errors/codes.ts
var KAOHE_ERROR_CODES = [
  "scheme_invalid",
  "input_invalid",
  "unsafe_key",
  "scheme_not_found",
  "extends_cycle",
  "async_required",
  "missing_fact",
  "missing_rating",
  "unknown_rater",
  "rating_out_of_range",
  "unknown_choice",
  "no_tier_matched",
  "tiers_overlap",
  "event_outside_period",
  "event_time_invalid",
  "period_invalid",
  "missing_weights",
  "weights_not_100",
  "not_evaluable",
  "division_by_zero",
  "org_invalid",
  "review_invalid",
  "rater_incomplete",
  "no_grade_matched",
  "leader_share_out_of_range",
  "timestamp_before_start"
];

// ../../tmp/ref-src/org/parseOrgChart.ts
var reason = (en2, zh) => ({ reason: { en: en2, "zh-CN": zh } });
function orgChartIssues(chart) {
  const issues = [];
  const roles = new Map(chart.roles.map((role) => [role.id, role]));
  const people = new Map(chart.people.map((person) => [person.id, person]));
  const seenRoles = /* @__PURE__ */ new Set();
  chart.roles.forEach((role, index) => {
    if (seenRoles.has(role.id)) issues.push({ code: "org_invalid", path: ["roles", index, "id"], params: reason(`duplicate role id ${role.id}`, `\u89D2\u8272 id ${role.id} \u91CD\u590D`) });
    seenRoles.add(role.id);
    for (const key of ["reportsTo", "deputy"]) {
      const ref = role[key];
      if (typeof ref === "string" && !roles.has(ref)) issues.push({ code: "org_invalid", path: ["roles", index, key], params: reason(`unknown role ${ref}`, `\u89D2\u8272 ${ref} \u4E0D\u5B58\u5728`) });
    }
  });
  const seenPeople = /* @__PURE__ */ new Set();
  chart.people.forEach((person, index) => {
    if (seenPeople.has(person.id)) issues.push({ code: "org_invalid", path: ["people", index, "id"], params: reason(`duplicate person id ${person.id}`, `\u4EBA\u5458 id ${person.id} \u91CD\u590D`) });
    seenPeople.add(person.id);
    person.roles.forEach((assignment, r) => {
      if (!roles.has(assignment.role)) issues.push({ code: "org_invalid", path: ["people", index, "roles", r, "role"], params: reason(`unknown role ${assignment.role}`, `\u89D2\u8272 ${assignment.role} \u4E0D\u5B58\u5728`) });
    });
    if (person.reportsTo !== void 0 && !people.has(person.reportsTo)) {
      issues.push({ code: "org_invalid", path: ["people", index, "reportsTo"], params: reason(`unknown person ${person.reportsTo}`, `\u4EBA\u5458 ${person.reportsTo} \u4E0D\u5B58\u5728`) });
    }
  });
  chart.roles.forEach((role, index) => {
    const line2 = [role.id];
    for (let next = role.reportsTo; typeof next === "string" && roles.has(next); next = roles.get(next)?.reportsTo) {
      if (line2.includes(next)) {
        if (next === role.id) issues.push({ code: "org_invalid", path: ["roles", index, "reportsTo"], params: reason(`roles report to each other in a cycle: ${[...line2, next].join(" \u2192 ")}`, `\u89D2\u8272\u4E4B\u95F4\u5FAA\u73AF\u6C47\u62A5:${[...line2, next].join(" \u2192 ")}`) });
        break;
      }
      line2.push(next);
    }
  });
  chart.people.forEach((person, index) => {
    const line2 = [person.id];
    for (let next = person.reportsTo; next !== void 0 && people.has(next); next = people.get(next)?.reportsTo) {
      if (line2.includes(next)) {
        if (next === person.id) issues.push({ code: "org_invalid", path: ["people", index, "reportsTo"], params: reason(`people report to each other in a cycle: ${[...line2, next].join(" \u2192 ")}`, `\u4EBA\u5458\u4E4B\u95F4\u5FAA\u73AF\u6C47\u62A5:${[...line2, next].join(" \u2192 ")}`) });
        break;
      }
      line2.push(next);
    }
  });
  return issues;
}
function parseOrgChart(data) {
  assertSafeJson(data);
  const parsed = OrgChart.safeParse(data);
  if (!parsed.success) throw new KaoheError(issuesFromZod(parsed.error.issues, "org_invalid"));
  const issues = orgChartIssues(parsed.data);
  if (issues.length > 0) throw new KaoheError(issues);
  return parsed.data;
}

// ../../tmp/ref-src/regimes/checkOrder.ts
function label(regime, name) {
  if (name === regime.orders.start.name) return regime.orders.start.label;
  return regime.orders.timestamps.find((t) => t.name === name)?.label ?? regime.orders.flags.find((f) => f.name === name)?.label ?? { en: name, "zh-CN": name };
}
function localTime(ms, timeZone) {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }).formatToParts(ms);
  const get = (type) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}:${get("second")}`;
}
function check(regime, order2, deadline, periodEndMs) {
  const zone = regime.timeZone;
  const step = label(regime, deadline.step);
  const at = order2.times.get(deadline.step);
  const fromName = "by" in deadline ? deadline.by : deadline.from ?? regime.orders.start.name;
  const from = fromName === regime.orders.start.name ? order2.start : order2.times.get(fromName);
  const fromLabel = label(regime, fromName);
  const base = { order: order2.id, step: deadline.label ?? step };
  const facts = { order: order2.id, [fromName]: from?.iso ?? null, [deadline.step]: at?.iso ?? null };
  if (from === void 0) {
    return { deadline, outcome: "notApplicable", code: "regime.check.notApplicable", params: { ...base, from: fromLabel }, facts, arithmetic: `${fromName} absent` };
  }
  const dueMs = "by" in deadline ? from.ms : dueAfter(from.ms, deadline.within);
  const limit = "by" in deadline ? { en: `by the ${fromLabel.en} time`, "zh-CN": `${fromLabel["zh-CN"]}\u65F6\u95F4\u4E4B\u524D` } : { en: `within ${describeDuration(deadline.within).en} of ${fromLabel.en}`, "zh-CN": `${fromLabel["zh-CN"]}\u540E${describeDuration(deadline.within)["zh-CN"]}\u5185` };
  const boundaryText = deadline.boundary === "inclusive" ? "\u2264" : "<";
  const outcome = checkDeadline({ dueMs, atMs: at?.ms, boundary: deadline.boundary, periodEndMs });
  const due = localTime(dueMs, zone);
  if (at === void 0) {
    return { deadline, outcome, code: `regime.check.${outcome.status}`, params: { ...base, limit, due }, facts, arithmetic: `${deadline.step} absent; deadline ${due} ${outcome.missed ? "<" : "\u2265"} end of period ${localTime(periodEndMs, zone)}` };
  }
  const since = "by" in deadline ? order2.start : from;
  const sinceLabel = "by" in deadline ? regime.orders.start.label : fromLabel;
  const span2 = describeElapsed(at.ms - since.ms);
  const elapsed = { en: `${span2.en} after ${sinceLabel.en}`, "zh-CN": `${sinceLabel["zh-CN"]}\u540E${span2["zh-CN"]}` };
  return {
    deadline,
    outcome,
    code: `regime.check.${outcome.status}`,
    params: { ...base, limit, due, at: localTime(at.ms, zone), elapsed },
    facts,
    arithmetic: `${deadline.step} ${localTime(at.ms, zone)} ${outcome.missed ? "not " : ""}${boundaryText} ${due} (${elapsed.en})`
  };
}
function evaluateOrderCondition(regime, order2, condition, periodEndMs) {
  if ("missed" in condition) {
    const result = check(regime, order2, condition.missed, periodEndMs);
    return { met: result.outcome !== "notApplicable" && result.outcome.missed, checks: [result], flags: [] };
  }
  if ("flag" in condition) {
    const set = order2.flags.has(condition.flag);
    return { met: set, checks: [], flags: set ? [condition.flag] : [] };
  }
  const parts = ("any" in condition ? condition.any : condition.all).map((c) => evaluateOrderCondition(regime, order2, c, periodEndMs));
  const met = "any" in condition ? parts.some((p) => p.met) : parts.every((p) => p.met);
  return { met, checks: parts.flatMap((p) => p.checks), flags: parts.flatMap((p) => p.flags) };
}
function fieldLabel(regime, name) {
  return label(regime, name);
}

// ../../tmp/ref-src/org/reportingLine.ts
function holdsRole(person, role, project) {
  return person.roles.some((assignment) => assignment.role === role && (assignment.project === void 0 || assignment.project === project));
}
function holdersOf(org, role, project) {
  return org.people.filter((person) => holdsRole(person, role, project));
}
function supervisorOf(org, personId) {
  const person = org.people.find((p) => p.id === personId);
  if (person === void 0) return void 0;
  if (person.reportsTo !== void 0) return org.people.find((p) => p.id === person.reportsTo);
  for (const assignment of person.roles) {
    if (assignment.project !== void 0) continue;
    const upRole = org.roles.find((role) => role.id === assignment.role)?.reportsTo;
    if (typeof upRole !== "string") continue;
    const holders = holdersOf(org, upRole).filter((holder) => holder.id !== person.id);
    if (holders.length === 1) return holders[0];
  }
  return void 0;
}
function reportingLine(org, personId) {
  const line2 = [];
  const seen = /* @__PURE__ */ new Set([personId]);
  for (let next = supervisorOf(org, personId); next !== void 0 && !seen.has(next.id); next = supervisorOf(org, next.id)) {
    line2.push(next);
    seen.add(next.id);
  }
  return line2;
}
function findInReportingLine(org, personId, role) {
  return reportingLine(org, personId).find((person) => holdsRole(person, role));
}

// ../../tmp/ref-src/regimes/collective.ts
function roleName(payer, org) {
  return payer.name ?? org?.roles.find((role) => role.id === payer.role)?.name ?? { en: payer.role, "zh-CN": payer.role };
}
function resolvePayer(payer, ctx) {
  const { org, subject } = ctx;
  const base = { role: payer.role, roleName: roleName(payer, org) };
  const nameOf = (id) => org?.people.find((p) => p.id === id)?.name ?? null;
  const none = (en2, zh) => ({ ...base, person: null, personName: null, unresolved: { en: en2, "zh-CN": zh } });
  switch (payer.from) {
    case "subject":
      return { ...base, person: subject, personName: nameOf(subject) ?? ctx.subjectName };
    case "orderField": {
      const id = ctx.order.people.get(payer.field);
      if (id === void 0) return none(`order ${ctx.order.id} names no ${payer.field}`, `\u5DE5\u5355 ${ctx.order.id} \u672A\u586B\u5199 ${payer.field}`);
      return { ...base, person: id, personName: nameOf(id) };
    }
    case "reportingLine": {
      if (org === void 0) return none("no org chart was given", "\u672A\u63D0\u4F9B\u7EC4\u7EC7\u67B6\u6784");
      if (!org.people.some((p) => p.id === subject)) return none(`${subject} is not in the org chart`, `\u7EC4\u7EC7\u67B6\u6784\u4E2D\u6CA1\u6709 ${subject}`);
      const found = findInReportingLine(org, subject, payer.role);
      return found === void 0 ? none(`no ${payer.role} up the reporting line of ${subject}`, `${subject} \u7684\u6C47\u62A5\u7EBF\u4E0A\u6CA1\u6709 ${payer.role}`) : { ...base, person: found.id, personName: found.name };
    }
    case "holder": {
      if (org === void 0) return none("no org chart was given", "\u672A\u63D0\u4F9B\u7EC4\u7EC7\u67B6\u6784");
      const holders = holdersOf(org, payer.role);
      const only = holders[0];
      if (holders.length !== 1 || only === void 0) return none(`${holders.length} people hold ${payer.role}`, `${payer.role} \u6709 ${holders.length} \u4EBA`);
      return { ...base, person: only.id, personName: only.name };
    }
  }
}

// ../../tmp/ref-src/regimes/regimeInput.ts
import { z as z35 } from "zod";
var NonNegative2 = z35.union([z35.number().nonnegative(), z35.string().refine((s) => isDecimalString(s) && !s.trim().startsWith("-"), { message: "decimal \u2265 0" })]);
var HistoryEntry = z35.strictObject({
  month: z35.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "month YYYY-MM" }),
  points: NonNegative2,
  breaches: z35.record(z35.string(), z35.number().int().nonnegative()).optional()
});
function orderSchema(regime) {
  const spec = regime.orders;
  const shape = {
    id: z35.string().min(1),
    kind: z35.enum(spec.kinds.map((k) => k.id)),
    [spec.start.name]: z35.string()
  };
  for (const t of spec.timestamps) shape[t.name] = z35.string().nullable().optional();
  for (const f of spec.flags) shape[f.name] = z35.boolean().nullable().optional();
  for (const p of spec.people) shape[p.name] = z35.string().min(1).nullable().optional();
  return z35.array(z35.strictObject(shape));
}
function breachSchema(regime) {
  const kinds = (regime.breaches?.kinds ?? []).map((k) => k.id);
  return z35.array(z35.strictObject({ at: z35.string(), kind: z35.enum(kinds.length > 0 ? kinds : ["-"]), order: z35.string().min(1).optional(), note: z35.string().optional() }));
}
function stamp(value, path, timeZone, issues) {
  const ms = parseInstant(value);
  if (ms === void 0) {
    issues.push({ code: "event_time_invalid", path, params: { value: JSON.stringify(value) } });
    return void 0;
  }
  return { iso: value, ms, local: localDateOf(ms, timeZone) };
}
function parseList(schema, value, path) {
  const parsed = schema.safeParse(value ?? []);
  if (!parsed.success) throw new KaoheError(issuesFromZod(parsed.error.issues, "input_invalid", path));
  return parsed.data;
}
var outside = (path, date, period) => ({
  code: "event_outside_period",
  path,
  message: renderBoth("error.event_outside_period", { date, period })
});
function readRegimeInput(regime, raw) {
  const input = parseAppraisalInput(raw);
  const period = parsePeriod(input.period, "month");
  if (period === void 0) throw new KaoheError({ code: "period_invalid", path: ["period"], params: { value: input.period, kind: "month", format: PERIOD_FORMATS.month } });
  const zone = regime.timeZone;
  const issues = [];
  const warnings = [];
  const facts = input.facts;
  const spec = regime.orders;
  const breachFact = regime.breaches?.fact ?? "breaches";
  const known = /* @__PURE__ */ new Set([spec.fact, breachFact, "history", ...regime.counts.map((c) => c.name)]);
  for (const name of Object.keys(facts)) {
    if (!known.has(name)) warnings.push({ code: "undeclared_fact", path: ["facts", name], message: { en: `the fact "${name}" is not read by this regime`, "zh-CN": `\u672C\u5236\u5EA6\u4E0D\u8BFB\u53D6\u4E8B\u5B9E "${name}"` } });
  }
  const orders = [];
  const seenIds = /* @__PURE__ */ new Map();
  parseList(orderSchema(regime), facts[spec.fact], ["facts", spec.fact]).forEach((order2, index) => {
    const at = ["facts", spec.fact, index];
    const id = order2.id;
    if (seenIds.has(id)) issues.push({ code: "input_invalid", path: [...at, "id"], params: { reason: { en: `order id ${id} repeats order #${(seenIds.get(id) ?? 0) + 1}`, "zh-CN": `\u5DE5\u5355\u53F7 ${id} \u4E0E\u7B2C ${(seenIds.get(id) ?? 0) + 1} \u6761\u91CD\u590D` } } });
    seenIds.set(id, index);
    const start = stamp(order2[spec.start.name], [...at, spec.start.name], zone, issues);
    const times = /* @__PURE__ */ new Map();
    for (const t of spec.timestamps) {
      const value = order2[t.name];
      if (typeof value !== "string") continue;
      const read = stamp(value, [...at, t.name], zone, issues);
      if (read === void 0) continue;
      if (start !== void 0 && read.ms < start.ms) {
        issues.push({ code: "timestamp_before_start", path: [...at, t.name], params: { event: id, field: t.name, value, start: spec.start.name, startValue: start.iso } });
      }
      times.set(t.name, read);
    }
    const flags = new Set(spec.flags.filter((f) => order2[f.name] === true).map((f) => f.name));
    const people = /* @__PURE__ */ new Map();
    for (const p of spec.people) if (typeof order2[p.name] === "string") people.set(p.name, order2[p.name]);
    if (start === void 0) return;
    if (!periodContains(period, start.local)) {
      warnings.push(outside(at, start.iso, period.id));
      return;
    }
    orders.push({ index, id, kind: order2.kind, start, times, flags, people });
  });
  const breaches = [];
  if (facts[breachFact] !== void 0 && regime.breaches === void 0) {
    issues.push({ code: "input_invalid", path: ["facts", breachFact], params: { reason: { en: "this regime has no breach kinds", "zh-CN": "\u672C\u5236\u5EA6\u6CA1\u6709\u8FDD\u89C4\u7C7B\u522B" } } });
  }
  if (regime.breaches !== void 0) {
    parseList(breachSchema(regime), facts[breachFact], ["facts", breachFact]).forEach((breach, index) => {
      const at = ["facts", breachFact, index];
      const when = stamp(breach.at, [...at, "at"], zone, issues);
      if (when === void 0) return;
      if (!periodContains(period, when.local)) {
        warnings.push(outside(at, when.iso, period.id));
        return;
      }
      breaches.push({ index, kind: breach.kind, at: when, order: breach.order });
    });
  }
  const history = /* @__PURE__ */ new Map();
  parseList(z35.array(HistoryEntry), facts.history, ["facts", "history"]).forEach((entry, index) => {
    const at = ["facts", "history", index];
    if (entry.month >= period.id) {
      issues.push({ code: "input_invalid", path: [...at, "month"], params: { reason: { en: `history must be of months before ${period.id}, not ${entry.month}`, "zh-CN": `\u5386\u53F2\u8BB0\u5F55\u987B\u4E3A ${period.id} \u4E4B\u524D\u7684\u6708\u4EFD,\u800C\u975E ${entry.month}` } } });
    } else if (history.has(entry.month)) {
      issues.push({ code: "input_invalid", path: [...at, "month"], params: { reason: { en: `month ${entry.month} is given twice`, "zh-CN": `\u6708\u4EFD ${entry.month} \u91CD\u590D` } } });
    }
    history.set(entry.month, { month: entry.month, points: new Decimal(entry.points), breaches: new Map(Object.entries(entry.breaches ?? {})) });
  });
  const counts = /* @__PURE__ */ new Map();
  for (const count of regime.counts) {
    const value = facts[count.name];
    if (value === void 0 || value === null) {
      if (count.optional) counts.set(count.name, new Decimal(0));
      else issues.push({ code: "missing_fact", path: ["facts", count.name], params: { fact: count.name } });
      continue;
    }
    const number = typeof value === "number" && Number.isInteger(value) && value >= 0 ? new Decimal(value) : void 0;
    if (number === void 0) issues.push({ code: "input_invalid", path: ["facts", count.name], params: { reason: { en: `expected a whole number \u2265 0, received ${JSON.stringify(value)}`, "zh-CN": `\u5E94\u4E3A\u975E\u8D1F\u6574\u6570,\u5B9E\u4E3A ${JSON.stringify(value)}` } } });
    else counts.set(count.name, number);
  }
  if (issues.length > 0) throw new KaoheError(issues);
  return { subject: input.subject, name: input.name ?? null, period, orders, breaches, history, counts, warnings };
}

// ../../tmp/ref-src/regimes/thresholds.ts
import { addMonths } from "date-fns";
function windowMonths(month, count) {
  const last = toCalendarDay(makeLocalDate(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1));
  const months = [];
  for (let back = count - 1; back >= 0; back -= 1) months.push(fromCalendarDay(addMonths(last, -back)).iso.slice(0, 7));
  return months;
}
function thresholdIntervals(threshold) {
  return threshold.tiers.map((tier, index) => ({ id: `${threshold.id}[${index}]`, sanction: tier.sanction, interval: toInterval(tier) }));
}
function measureOf(threshold, current, history, isCurrent) {
  const measure = threshold.measure;
  if (measure === "points") return isCurrent ? current.points : history?.points;
  if ("breaches" in measure) return isCurrent ? new Decimal(current.breaches.get(measure.breaches) ?? 0) : history === void 0 ? void 0 : new Decimal(history.breaches.get(measure.breaches) ?? 0);
  return current.counts.get(measure.fact) ?? new Decimal(0);
}
function matchTier2(threshold, index, value) {
  const hits = threshold.tiers.map((tier) => ({ tier, interval: toInterval(tier) })).filter((row) => intervalContains(row.interval, value));
  if (hits.length > 1 && threshold.hitPolicy === "unique") {
    throw new KaoheError({ code: "tiers_overlap", path: ["scheme", "thresholds", index, "tiers"], params: { value: show(value), tiers: hits.map((h) => formatInterval(h.interval)).join(", ") } });
  }
  return hits[0];
}
function applyThresholds(regime, period, current, history) {
  const windows = [];
  const sanctions = [];
  const lines = [];
  regime.thresholds.forEach((threshold, index) => {
    const months = [];
    let value = new Decimal(0);
    for (const month of windowMonths(period, threshold.months)) {
      const isCurrent = month === period;
      const measured = measureOf(threshold, current, history.get(month), isCurrent);
      const source = isCurrent ? "period" : measured === void 0 ? "none" : "history";
      if (source === "none") {
        lines.push({ code: "regime.history.none", rule: threshold.id, ref: null, amount: "0", facts: { month }, arithmetic: `${month}: 0`, message: renderBoth("line.regime.history.none", { month }), provenance: threshold.provenance });
      }
      months.push({ month, value: formatFixed2(measured ?? new Decimal(0)), source });
      value = value.plus(measured ?? 0);
    }
    windows.push({ threshold: threshold.id, months, value: formatFixed2(value) });
    const terms = months.map((m) => `${m.month} ${m.value}`).join(" + ");
    const arithmetic = `${terms} = ${formatFixed2(value)}`;
    const name = { en: `${threshold.id} ${threshold.name.en}`, "zh-CN": `${threshold.id} ${threshold.name["zh-CN"]}` };
    lines.push({ code: "regime.window", rule: threshold.id, ref: null, amount: "0", facts: { months }, arithmetic, message: renderBoth("line.regime.window", { threshold: name, terms, value: formatFixed2(value) }), provenance: threshold.provenance });
    const hit = matchTier2(threshold, index, value);
    if (hit === void 0) {
      lines.push({ code: "regime.threshold.clear", rule: threshold.id, ref: null, amount: "0", facts: {}, arithmetic: `${formatFixed2(value)} \u2209 ${threshold.tiers.map((t) => formatInterval(toInterval(t))).join(" \u222A ")}`, message: renderBoth("line.regime.threshold.clear", { threshold: name, value: formatFixed2(value) }), provenance: threshold.provenance });
      return;
    }
    const kind = regime.sanctionKinds.find((s) => s.id === hit.tier.sanction);
    if (kind === void 0) return;
    const interval = formatInterval(hit.interval);
    const message = renderBoth("line.regime.sanction", { threshold: name, value: formatFixed2(value), interval, sanction: kind.name });
    lines.push({ code: "regime.sanction", rule: threshold.id, ref: null, amount: "0", facts: {}, arithmetic: `${formatFixed2(value)} \u2208 ${interval}`, message, provenance: threshold.provenance });
    sanctions.push({ id: kind.id, name: kind.name, severity: kind.severity, threshold: threshold.id, months: months.map((m) => m.month), value: formatFixed2(value), interval, message, provenance: threshold.provenance });
  });
  return { windows, sanctions, lines };
}

// ../../tmp/ref-src/regimes/appraiseRegime.ts
var named = (id, name) => ({ en: `${id} ${name.en}`, "zh-CN": `${id} ${name["zh-CN"]}` });
var money = (amount) => formatFixed2(amount);
function charge(work, rule, ref, facts) {
  const offence = named(rule.id, rule.name);
  if (rule.points !== void 0) {
    const points = toDecimal(rule.points);
    const perPoint = toDecimal(work.regime.finePerPoint);
    const amount = points.times(perPoint);
    work.points = work.points.plus(points);
    work.fine = work.fine.plus(amount);
    work.lines.push({ code: "regime.offence.points", rule: rule.id, ref, amount: points.toString(), facts, arithmetic: `+${show(points)}`, message: renderBoth("line.regime.offence.points", { offence, ref, points: show(points) }), provenance: rule.provenance });
    work.fines.push({
      rule: rule.id,
      kind: "points",
      ref,
      points: formatFixed2(points),
      amount: money(amount),
      arithmetic: `${show(points)} \xD7 ${show(perPoint)} = ${money(amount)}`,
      message: renderBoth("line.regime.fine.points", { offence, ref, points: show(points), perPoint: show(perPoint), amount: money(amount) }),
      provenance: rule.provenance
    });
  }
  if (rule.fine !== void 0) {
    const amount = toDecimal(rule.fine);
    work.fine = work.fine.plus(amount);
    work.fines.push({ rule: rule.id, kind: "offence", ref, points: null, amount: money(amount), arithmetic: money(amount), message: renderBoth("line.regime.fine.offence", { offence, ref, amount: money(amount) }), provenance: rule.provenance });
  }
}
function explainChecks(work, rule, order2, result, provenance) {
  for (const check2 of result.checks) {
    work.lines.push({ code: check2.code, rule, ref: order2.id, amount: "0", facts: check2.facts, arithmetic: check2.arithmetic, message: renderBoth(`line.${check2.code}`, check2.params), provenance });
  }
  for (const flag of result.flags) {
    work.lines.push({ code: "regime.flag", rule, ref: order2.id, amount: "0", facts: { order: order2.id, [flag]: true }, arithmetic: `${flag} = true`, message: renderBoth("line.regime.flag", { order: order2.id, flag: fieldLabel(work.regime, flag) }), provenance });
  }
}
function prepare2(regime, locale) {
  return isCompiledRegime(regime) ? regime : compileRegime(regime, { locale });
}
function subjectOf2(input) {
  const subject = typeof input === "object" && input !== null ? input.subject : void 0;
  return typeof subject === "string" ? subject : "?";
}
function appraiseRegime(regime, input, options = {}) {
  const locale = options.locale ?? "en";
  const compiled = prepare2(regime, locale);
  try {
    const org = options.org === void 0 ? void 0 : parseOrgChart(options.org);
    return run(compiled, input, org);
  } catch (error) {
    if (error instanceof KaoheError) throw error.withContext(`subject ${subjectOf2(input)}`, locale);
    throw error;
  }
}
function run(compiled, raw, org) {
  const regime = compiled.scheme;
  const input = readRegimeInput(regime, raw);
  const { period } = input;
  if (period.end === void 0) throw new KaoheError({ code: "period_invalid", path: ["period"], params: { value: period.id, kind: "month", format: "YYYY-MM" } });
  const periodEndMs = startOfLocalDay(addLocalDays(period.end, 1), regime.timeZone);
  const work = { regime, lines: [], fines: [], points: new Decimal(0), fine: new Decimal(0) };
  const warnings = [...input.warnings];
  const breachCounts = /* @__PURE__ */ new Map();
  for (const breach of input.breaches) breachCounts.set(breach.kind, (breachCounts.get(breach.kind) ?? 0) + 1);
  for (const offence of regime.offences) {
    const on = offence.on;
    if ("breaches" in on) {
      for (const breach of input.breaches.filter((b) => b.kind === on.breaches)) {
        const ref = `${regime.breaches?.fact ?? "breaches"}[${breach.index}]`;
        charge(work, offence, ref, { at: breach.at.iso, kind: breach.kind, order: breach.order ?? null });
      }
      continue;
    }
    for (const order2 of input.orders.filter((o) => on.orders.includes(o.kind))) {
      const result = evaluateOrderCondition(regime, order2, on.when, periodEndMs);
      explainChecks(work, offence.id, order2, result, offence.provenance);
      if (result.met) charge(work, offence, order2.id, { order: order2.id, kind: order2.kind });
    }
  }
  const collectiveFines = [];
  for (const rule of regime.collective) {
    for (const order2 of input.orders.filter((o) => rule.on.orders.includes(o.kind))) {
      const result = evaluateOrderCondition(regime, order2, rule.on.when, periodEndMs);
      explainChecks(work, rule.id, order2, result, rule.provenance);
      if (!result.met) continue;
      const amount = toDecimal(rule.fine);
      const ruleName = named(rule.id, rule.name);
      for (const payer of rule.payers) {
        const resolved = resolvePayer(payer, { org, subject: input.subject, subjectName: input.name, order: order2 });
        const who = resolved.person === null ? "?" : resolved.personName === null ? resolved.person : `${resolved.person} ${resolved.personName}`;
        const reason2 = renderBoth("line.regime.collective", { rule: ruleName, ref: order2.id, role: resolved.roleName, person: who, amount: money(amount) });
        if (resolved.unresolved !== void 0) {
          warnings.push({ code: "payer_unresolved", path: ["facts", regime.orders.fact, order2.index], message: renderBoth("line.regime.payer_unresolved", { rule: ruleName, ref: order2.id, role: resolved.roleName, why: resolved.unresolved }) });
        }
        if (resolved.person === input.subject) {
          work.fine = work.fine.plus(amount);
          work.fines.push({ rule: rule.id, kind: "collective", ref: order2.id, points: null, amount: money(amount), arithmetic: money(amount), message: reason2, provenance: rule.provenance });
        } else {
          collectiveFines.push({ rule: rule.id, ref: order2.id, person: resolved.person, personName: resolved.personName, role: resolved.role, roleName: resolved.roleName, amount: money(amount), reason: reason2, provenance: rule.provenance });
        }
      }
    }
  }
  work.lines.push({
    code: "regime.total",
    rule: "total",
    ref: null,
    amount: work.points.toString(),
    facts: {},
    arithmetic: `${formatFixed2(work.points)} \xD7 ${show(toDecimal(regime.finePerPoint))}; fine ${money(work.fine)}`,
    message: renderBoth("line.regime.total", { period: period.id, points: formatFixed2(work.points), fine: money(work.fine) })
  });
  const thresholds = applyThresholds(regime, period.id, { points: work.points, breaches: breachCounts, counts: input.counts }, input.history);
  const sanctions = thresholds.sanctions.slice().sort((a, b) => b.severity - a.severity);
  return {
    kind: "penaltyRegime",
    subject: input.subject,
    name: input.name,
    period: period.id,
    scheme: { kind: "penaltyRegime", id: regime.id, version: regime.version, hash: compiled.hash },
    points: formatFixed2(work.points),
    fine: { currency: regime.currency, total: money(work.fine), lines: work.fines },
    collectiveFines,
    sanctions,
    outcome: sanctions[0]?.id ?? "none",
    windows: thresholds.windows,
    lines: [...work.lines, ...thresholds.lines],
    warnings
  };
}

// ../../tmp/ref-src/evaluate/compileScheme.ts
function compileScheme(data, options = {}) {
  const kind = typeof data === "object" && data !== null ? data.kind : void 0;
  switch (kind) {
    case "scorecard":
      return compile(data, options);
    case "penaltyRegime":
      return compileRegime(data, options.locale === void 0 ? {} : { locale: options.locale });
    default:
      throw new KaoheError(
        { code: "scheme_invalid", path: ["kind"], params: { reason: { en: `unknown scheme kind ${JSON.stringify(kind)}`, "zh-CN": `\u672A\u77E5\u7684\u65B9\u6848\u7C7B\u578B ${JSON.stringify(kind)}` } } },
        options.locale === void 0 ? {} : { locale: options.locale }
      );
  }
}
async function appraiseScheme(compiled, input, options = {}) {
  switch (compiled.kind) {
    case "compiledScorecard":
      return appraise(compiled, input, options);
    case "compiledPenaltyRegime":
      return appraiseRegime(compiled, input, options);
  }
}

// ../../tmp/ref-src/regimes/RegimeResult.ts
function isRegimeResult(value) {
  return typeof value === "object" && value !== null && value.kind === "penaltyRegime";
}

// ../../tmp/ref-src/fees/quarterlyFee.ts
import { z as z36 } from "zod";
var tierShape = {
  min: DecimalLikeSchema.optional(),
  max: DecimalLikeSchema.optional(),
  minInclusive: z36.boolean().default(true),
  maxInclusive: z36.boolean().default(false),
  label: LocalizedText.optional()
};
var FeeTier = z36.union([
  z36.strictObject({ ...tierShape, factor: DecimalLikeSchema }),
  z36.strictObject({ ...tierShape, amount: DecimalLikeSchema })
]);
var FeeMapping = z36.strictObject({
  combine: z36.enum(["mean", "perMonth"]).default("mean"),
  hitPolicy: HitPolicy.default("unique"),
  tiers: z36.array(FeeTier).min(1)
});
function feeFor(mapping, score, full) {
  const hits = mapping.tiers.filter((tier2) => intervalContains(toInterval(tier2), score));
  const hit = hits[0];
  if (hit === void 0) throw new KaoheError({ code: "no_tier_matched", path: ["mapping", "tiers"], params: { value: show(score) } });
  if (hits.length > 1 && mapping.hitPolicy === "unique") throw new KaoheError({ code: "tiers_overlap", path: ["mapping", "tiers"], params: { value: show(score), tiers: hits.map((t) => formatInterval(toInterval(t))).join(", ") } });
  const tier = formatInterval(toInterval(hit));
  if ("factor" in hit) {
    const factor = toDecimal(hit.factor);
    return { amount: full.times(factor), tier, text: `${show(full)} \xD7 ${show(factor)}` };
  }
  return { amount: toDecimal(hit.amount), tier, text: show(toDecimal(hit.amount)) };
}
function quarterlyFee(args) {
  assertSafeJson(args.mapping);
  const parsed = FeeMapping.safeParse(args.mapping);
  if (!parsed.success) throw new KaoheError(issuesFromZod(parsed.error.issues, "input_invalid", ["mapping"]));
  const mapping = parsed.data;
  const period = parsePeriod(args.quarter, "quarter");
  if (period === void 0) throw new KaoheError({ code: "period_invalid", path: ["quarter"], params: { value: args.quarter, kind: "quarter", format: "YYYY-Qn" } });
  const full = toDecimal(args.fee);
  const months = period.months.map((month) => {
    const raw = Object.hasOwn(args.scores, month) ? args.scores[month] : void 0;
    if (raw === void 0) throw new KaoheError({ code: "missing_fact", path: ["scores", month], params: { fact: month } });
    return { month, score: toDecimal(raw) };
  });
  const mean = months.reduce((acc, m) => acc.plus(m.score), new Decimal(0)).dividedBy(months.length);
  const lines = [];
  let payable = new Decimal(0);
  if (mapping.combine === "mean") {
    const fee = feeFor(mapping, mean, full);
    payable = fee.amount;
    lines.push({ month: null, tier: fee.tier, amount: formatFixed2(fee.amount), arithmetic: `mean ${show(mean)} \u2208 ${fee.tier} \u2192 ${fee.text} = ${formatFixed2(fee.amount)}` });
  } else {
    for (const m of months) {
      const fee = feeFor(mapping, m.score, full.dividedBy(3));
      payable = payable.plus(fee.amount);
      lines.push({ month: m.month, tier: fee.tier, amount: formatFixed2(fee.amount), arithmetic: `${show(m.score)} \u2208 ${fee.tier} \u2192 ${fee.text} = ${formatFixed2(fee.amount)}` });
    }
  }
  const [year, q] = [Number(args.quarter.slice(0, 4)), Number(args.quarter.slice(6))];
  const payIn = q === 4 ? `${year + 1}-01` : `${year}-${String(q * 3 + 1).padStart(2, "0")}`;
  return { quarter: period.id, months: months.map((m) => ({ month: m.month, score: formatFixed2(m.score) })), score: formatFixed2(mean), full: formatFixed2(full), payable: formatFixed2(payable), payIn, lines };
}
export {
  AllowanceWindow,
  AppraisalInput,
  Band,
  BonusAward,
  BonusCoefficient,
  BonusSplit,
  Boundary,
  BreachSpec,
  ChoiceOption,
  ChoiceRule,
  CollectiveRule,
  ComparisonOperator,
  ConditionJson,
  ConditionOperator,
  ConditionRule,
  CountSpec,
  DEFAULT_TIME_ZONE,
  DeadlineCheckSpec,
  DeadlineLimit,
  DeadlineRule,
  Decimal,
  DecimalLikeSchema,
  Duration,
  Expr,
  FactSpec,
  FeeMapping,
  FeeTier,
  FieldSpec,
  FormulaRule,
  Grade,
  GradeStreakSanction,
  HitPolicy,
  Id,
  Item,
  KAOHE_ERROR_CODES,
  KaoheError,
  KindSpec,
  LOCALES,
  LocalDateText,
  LocalizedText,
  Measure,
  Named,
  OccurrencePoints,
  OccurrenceSource,
  Offence,
  OffenceSource,
  OrderCondition,
  OrderDeadline,
  OrderSpec,
  OrgChart,
  PERIOD_FORMATS,
  Payer,
  PayoutSchedule,
  PenaltyRegime,
  PerOccurrenceRule,
  PeriodKind,
  Person,
  Predicate,
  PredicateValue,
  ProjectBonus,
  Provenance,
  REPORT_COVERS_FORMATS,
  RULE_KINDS,
  RatedRule,
  Rater,
  RaterCombination,
  RaterPanel,
  RatioRule,
  Reading,
  ReportKind,
  ReportSchedule,
  ReviewChain,
  ReviewLevel,
  Role,
  RoleAssignment,
  RubricBand,
  Rule,
  SCHEMA_VERSION,
  SanctionKind,
  ScalarFactType,
  SchemeStatus,
  Scorecard,
  ScoringModel,
  SourceText,
  StepRounding,
  StepSpec,
  StepsRule,
  Threshold,
  ThresholdTier,
  Tier,
  TiersRule,
  Veto,
  VetoOutcome,
  WorkingCalendar,
  addLocalDays,
  addWorkingDays,
  appraise,
  appraiseMany,
  appraiseRegime,
  appraiseScheme,
  appraiseSync,
  assertSafeJson,
  canonicalJson,
  checkDeadline,
  clampDecimal,
  combineRatings,
  compile,
  compileRegime,
  compileScheme,
  computeProjectBonus,
  contentHash,
  describeDuration,
  describeElapsed,
  dueAfter,
  durationMs,
  findBand,
  findGrade,
  findInReportingLine,
  formatFixed2,
  formatInterval,
  formatMoney,
  formatPath,
  formatShort,
  gradeResult,
  gradeStreak,
  holdersOf,
  holdsRole,
  intervalContains,
  isAsyncRule,
  isCompiledRegime,
  isCompiledScorecard,
  isDecimalString,
  isKaoheError,
  isRegimeResult,
  isWorkingDay,
  itemCombination,
  lint,
  lintIntervalTable,
  localDateOf,
  lookupScheme,
  orgChartIssues,
  orgChartJsonSchema,
  panelComposite,
  parseAppraisalInput,
  parseInstant,
  parseJsonSafely,
  parseLocalDate,
  parseOrgChart,
  parsePeriod,
  parseScorecard,
  parseWorkingCalendar,
  payoutWindowAfter,
  periodContains,
  projectFacts,
  projectOutcome,
  quarterlyFee,
  renderBoth,
  renderMessage,
  reportDueDate,
  reportTimeliness,
  reportingLine,
  resolvePayer,
  resolveScorecard,
  roundMoney,
  roundPoints,
  ruleFacts,
  scorecardJsonSchema,
  sha256Hex,
  splitBonus,
  startOfLocalDay,
  streakSanctioned,
  supervisorOf,
  thresholdIntervals,
  toDecimal,
  toInterval,
  uncoveredIntervals,
  windowMonths,
  withinWorkingDays,
  workingDaysBetween
};
