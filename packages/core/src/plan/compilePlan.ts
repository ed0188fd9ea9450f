import type { Item } from '../model/item';
import type { ItemHead } from './lazyResults';
import type { ResolvedScorecard } from '../model/scorecard';
import { toDecimal } from '../decimal';
import { compare, EXACT_ZERO, Exact, multiply, roundCents } from './Exact';
import { exactConstant } from './exactConstant';
import { compilePredicate, type PlanTest } from './compilePredicate';
import { compileRule, type PlanRule } from './compileRule';
import type { RuleScope } from './compileTiers';
import { planBand, type PlanBand } from './planBand';
import { formatCents } from './Exact';
import { GIVE_UP } from './giveUp';
import { compileReview, type PlanReviews } from './compileReview';
import { compileComposite, type CompositeOf } from './compileComposite';
import { compileProject, type ProjectOf } from './compileProject';
import { subjectReader } from './readSubject';
import { daysOfOtherFacts, namesInherited, readsItemPoints } from './schemeNames';
import type { SubjectState } from './SubjectState';

export type { PlanBand };

/** One item of a plan: its rule, its bounds, and what its result says that never changes. */
export interface PlanItem extends ItemHead {
  readonly rule: PlanRule;
  /** The item's points in hundredths from the rule's raw score: 扣完为止, capped, weighted, rounded half-up. */
  readonly finish: (raw: Exact) => number;
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
  /** The composite of the raters' totals, for a scheme with a rater panel. */
  readonly composite?: CompositeOf | undefined;
  /** The grade, bonus and sanction, for a project scheme. */
  readonly project?: ProjectOf | undefined;
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

/**
 * A rated item that names no raters, in a scheme with a rater panel, as `readRatings` and
 * `itemCombination` read it: rated by the panel's raters, combined by their mean or weights.
 */
function panelItem(item: Item, panel: ResolvedScorecard['panel']): Item {
  if (panel === undefined || item.rule.kind !== 'rated' || item.rule.raters !== undefined) return item;
  const { divisor: _divisor, ...rule } = item.rule;
  return { ...item, rule: { ...rule, raters: panel.raters, combine: panel.combine === 'weighted' ? 'weighted' : 'mean' } };
}

/**
 * Compiles a scheme into a plan, or `undefined` when the scheme has a part the plan leaves to the
 * decimal evaluator: a `condition` rule, days between facts that are not dates; a base or floor that is
 * not a whole number of hundredths; a constant past the safe integer range.
 *
 * @example
 * compilePlan(compiled.scheme)?.items.length; // 6 for the network-ops supervisor
 */
export function compilePlan(scheme: ResolvedScorecard): Plan | undefined {
  // Facts and fields live in plain objects: a name a plain object inherits would read its prototype.
  if (namesInherited(scheme.items) || namesInherited(scheme.vetoes) || namesInherited(scheme.inputs)) return undefined;
  const dates = new Set(scheme.inputs.filter((spec) => spec.type === 'date').map((spec) => spec.name));
  if (daysOfOtherFacts(scheme.items, dates) || daysOfOtherFacts(scheme.vetoes, dates)) return undefined;
  try {
    const itemIndex = new Map(scheme.items.map((item, index) => [item.id, index]));
    const scope: RuleScope = { itemIndex, filterSlots: new Map(), inputs: scheme.inputs, timeZone: scheme.timeZone };
    const items: PlanItem[] = [];
    for (const item of scheme.items) {
      const rule = compileRule(panelItem(item, scheme.panel), scope);
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
      bands: scheme.bands.map(planBand),
      vetoes: scheme.vetoes.map((veto) => compilePredicate(veto.when, itemIndex)),
      readsPoints: readsItemPoints(scheme.items) || readsItemPoints(scheme.vetoes),
      composite: compileComposite(scheme, items.map((item) => item.rule)),
      project: compileProject(scheme),
      reviews: compileReview(scheme),
    };
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}
