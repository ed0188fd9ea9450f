import type { Item } from '../model/item';
import type { LocalizedText } from '../model/common';
import type { ItemHead } from './lazyResults';
import type { ResolvedScorecard } from '../model/scorecard';
import { toDecimal } from '../decimal';
import { compare, EXACT_ZERO, Exact, multiply, roundCents, wholePart } from './Exact';
import { exactConstant } from './exactConstant';
import { compilePredicate, type PlanTest } from './compilePredicate';
import { compileRule, type PlanRule } from './compileRule';
import { exactInterval, type RuleScope } from './compileTiers';
import { formatCents } from './Exact';
import { GIVE_UP } from './giveUp';
import { compileReview, type PlanReviews } from './compileReview';
import { subjectReader } from './readSubject';
import { namesInherited, readsItemPoints } from './schemeNames';
import type { SubjectState } from './SubjectState';

/** One item of a plan: its rule, its bounds, and what its result says that never changes. */
export interface PlanItem extends ItemHead {
  readonly rule: PlanRule;
  /** The item's points in hundredths from the rule's raw score: 扣完为止, capped, weighted, rounded half-up. */
  readonly finish: (raw: Exact) => number;
}

/** A band of a plan: the hundredths of a total it holds, both ends inclusive. */
export interface PlanBand {
  readonly low: number;
  readonly high: number;
  readonly id: string;
  readonly name: LocalizedText;
}

/**
 * A scheme compiled into closures over exact integers, once: the reader of its inputs, its items,
 * its base and floor, its bands and vetoes in hundredths. See {@link compilePlan}.
 */
export interface Plan {
  readonly read: (input: unknown) => SubjectState;
  readonly items: readonly PlanItem[];
  readonly baseCents: number;
  readonly floorCents: number;
  readonly bands: readonly PlanBand[];
  readonly vetoes: readonly PlanTest[];
  /** Whether a rule or veto reads items' points, which are then kept as the items are scored. */
  readonly readsPoints: boolean;
  /** The review chain's record of an unreviewed appraisal, for a scheme with a chain. */
  readonly reviews?: PlanReviews | undefined;
}

const HUNDRED = new Exact(100, 1, false);

/** An amount of the scheme in hundredths, when it is a whole number of them. */
function centsOf(value: Exact): number | undefined {
  const scaled = multiply(value, HUNDRED);
  return scaled.d === 1 ? scaled.n : undefined;
}

function finisher(item: Item, model: ResolvedScorecard['model']): (raw: Exact) => number {
  const max = item.points === undefined ? undefined : exactConstant(item.points);
  const bounded = max ?? (model === 'weighted' ? HUNDRED : undefined);
  const capped = item.allowAbovePoints !== true;
  const share = model === 'weighted' && item.weight !== undefined ? multiply(exactConstant(item.weight), new Exact(1, 100, false)) : undefined;
  return (raw) => {
    let value = raw;
    if (bounded !== undefined) {
      if (value.n < 0) value = EXACT_ZERO;
      else if (capped && compare(value, bounded) > 0) value = bounded;
    }
    if (share !== undefined) value = multiply(value, share);
    return roundCents(value);
  };
}

function band(bounds: ResolvedScorecard['bands'][number]): PlanBand {
  const interval = exactInterval(bounds);
  const scaled = (end: Exact | undefined) => (end === undefined ? undefined : multiply(end, HUNDRED));
  const min = scaled(interval.min);
  const max = scaled(interval.max);
  // The least and greatest hundredths inside: ⌈100·min⌉ (or ⌊100·min⌋ + 1 when open) up to ⌊100·max⌋ (or ⌈100·max⌉ − 1).
  const low = min === undefined ? -Infinity : interval.minInclusive ? wholePart(min, true).n : wholePart(min, false).n + 1;
  const high = max === undefined ? Infinity : interval.maxInclusive ? wholePart(max, false).n : wholePart(max, true).n - 1;
  return { low, high, id: bounds.id, name: bounds.name };
}

/**
 * Compiles a scheme into a plan, or `undefined` when the scheme has a part the plan leaves to the
 * decimal evaluator: a `condition` rule, an expression of days between dates or of a count of
 * events; a rater panel, grades, a bonus or a sanction; a base or floor that is
 * not a whole number of hundredths; a constant past the safe integer range.
 *
 * @example
 * compilePlan(compiled.scheme)?.items.length; // 6 for the network-ops supervisor
 */
export function compilePlan(scheme: ResolvedScorecard): Plan | undefined {
  if (scheme.panel !== undefined || (scheme.grades ?? []).length > 0 || scheme.bonus !== undefined || scheme.sanction !== undefined) return undefined;
  // Facts and fields live in plain objects: a name a plain object inherits would read its prototype.
  if (namesInherited(scheme.items) || namesInherited(scheme.vetoes) || namesInherited(scheme.inputs)) return undefined;
  try {
    const itemIndex = new Map(scheme.items.map((item, index) => [item.id, index]));
    const scope: RuleScope = { itemIndex, filterSlots: new Map(), inputs: scheme.inputs, timeZone: scheme.timeZone };
    const items: PlanItem[] = [];
    for (const item of scheme.items) {
      const rule = compileRule(item, scope);
      if (rule === undefined) return undefined;
      items.push({
        rule,
        finish: finisher(item, scheme.model),
        id: item.id,
        name: item.name,
        max: item.points === undefined ? null : formatCents(roundCents(exactConstant(item.points))),
        weight: item.weight === undefined ? null : toDecimal(item.weight).toString(),
        kind: item.rule.kind,
        provenance: item.provenance,
      });
    }
    const base = centsOf(scheme.model === 'deduction' ? exactConstant(scheme.base ?? 100) : EXACT_ZERO);
    const floor = centsOf(exactConstant(scheme.totalFloor ?? 0));
    if (base === undefined || floor === undefined) return undefined;
    const rated = new Set(scheme.items.filter((item) => item.rule.kind === 'rated').map((item) => item.id));
    return {
      read: subjectReader(scheme, rated),
      items,
      baseCents: base,
      floorCents: floor,
      bands: scheme.bands.map(band),
      vetoes: scheme.vetoes.map((veto) => compilePredicate(veto.when, itemIndex)),
      readsPoints: readsItemPoints(scheme.items) || readsItemPoints(scheme.vetoes),
      reviews: compileReview(scheme),
    };
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}
