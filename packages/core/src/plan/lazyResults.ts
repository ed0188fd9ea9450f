import type { Appraisal, AppraisalLine, BandResult, ItemResult, SchemeStamp } from '../evaluate/Appraisal';
import { KaoheError } from '../errors/KaoheError';
import type { Locale, LocalizedText, Provenance } from '../model/common';
import { formatCents } from './Exact';

/** The decimal evaluator with explanations, for one input: what reading a result's lines runs. */
export type Explainer = (input: unknown) => Appraisal;

/**
 * A scheme's plan explaining one input, lines and all, as the evaluator would; `undefined` where it
 * cannot (a rule it does not describe, an input it is unsure of), and the evaluator then explains.
 */
export type PlanExplainer = (input: unknown) => Appraisal | undefined;

/** What a lazy result keeps until its lines are read: the input, its explainers, and its objects. */
interface LazyState {
  readonly input: unknown;
  readonly explain: Explainer;
  readonly byPlan: PlanExplainer | undefined;
  result: object | undefined;
  /** The result's `items` array: its lazy items until the lines are read, the evaluator's after. */
  readonly items: object[];
  /** The lazy items, kept once they have left `items`, for a caller that still holds one. */
  lazyItems: readonly object[] | undefined;
  full: Appraisal | undefined;
  readonly locale: Locale;
}

/**
 * Gives any object a private slot, invisible to keys, spread, JSON and structuredClone: a class
 * whose base constructor returns the object it is given, so that the subclass's private field is
 * installed on that object.
 */
class Base {
  constructor(target: object) {
    // Returning another object from a base constructor makes it the `this` of the subclass.
    return target;
  }
}
class Held extends Base {
  readonly #state: LazyState;
  constructor(target: object, state: LazyState) {
    super(target);
    this.#state = state;
  }
  static stateOf(target: object): LazyState {
    return (target as Held).#state;
  }
}

const data = (lines: readonly AppraisalLine[]): PropertyDescriptor => ({ value: lines, writable: true, enumerable: true, configurable: true });

/**
 * Explains the subject once (by its plan where it can, else by the evaluator), puts the lines in
 * place of the result's accessor, as plain data in the same key position, and the items in place
 * of the lazy ones: the result is then the evaluator's, key for key. Items are swapped rather than
 * redefined because turning an accessor into a data property costs more than the rest of the read,
 * item by item; the explained items are plain data objects, which serialise without calling anything.
 */
function materialise(state: LazyState): Appraisal {
  if (state.full === undefined) {
    const full = state.byPlan?.(state.input) ?? state.explain(state.input);
    if (!sameFigures(state, full)) {
      throw new KaoheError({ code: 'input_changed', path: [], params: { subject: full.subject } }, { locale: state.locale });
    }
    state.full = full;
    state.lazyItems = state.items.slice();
    // Serialisers read an array's elements one at a time, so those not yet reached are the new ones.
    for (let i = 0; i < state.items.length; i += 1) state.items[i] = full.items[i] as object;
    if (state.result !== undefined) Object.defineProperty(state.result, 'lines', data(full.lines));
  }
  return state.full;
}

/**
 * Whether the explaining evaluator gave the figures the result already shows. They differ only when
 * the input was changed after it was appraised: lines explaining other figures would contradict the
 * result, so reading them is refused instead.
 */
function sameFigures(state: LazyState, full: Appraisal): boolean {
  const shown = state.result as Appraisal | undefined;
  if (shown === undefined || shown.total !== full.total || shown.outcome !== full.outcome || shown.subject !== full.subject || shown.items.length !== full.items.length) return false;
  return shown.items.every((item, index) => item.points === full.items[index]?.points);
}

/** One getter for every lazy result and item (one function keeps their shapes shared and fast). */
const RESULT_LINES: PropertyDescriptor = { get: function lines(this: object) { return materialise(Held.stateOf(this)).lines; }, enumerable: true, configurable: true };
const ITEM_LINES: PropertyDescriptor = {
  get: function lines(this: object) {
    const state = Held.stateOf(this);
    const swapped = state.full !== undefined;
    const index = (state.lazyItems ?? state.items).indexOf(this);
    const lines = materialise(state).items[index]?.lines ?? [];
    // A lazy item read after the swap was kept by its caller: it takes its lines as plain data too.
    // The item whose read made the swap is left as it is: a serialiser is usually in the middle of it.
    if (swapped) Object.defineProperty(this, 'lines', data(lines));
    return lines;
  },
  enumerable: true,
  configurable: true,
};

/** A constructor function whose objects have `Object.prototype` as theirs: plain objects, one shape. */
function plainObjects<F extends (...args: never[]) => void>(constructor: F): F {
  constructor.prototype = Object.prototype;
  return constructor;
}

interface LazyItemConstructor {
  new (id: string, name: LocalizedText, points: string, max: string | null, weight: string | null, rule: string, provenance: Provenance, state: LazyState): ItemResult;
}

/**
 * An item result whose `lines` is an accessor in its key position. A constructor function whose
 * prototype is `Object.prototype`: its objects are plain objects, built along one shape (an
 * accessor added to an object literal would make each object a slow dictionary).
 */
const LazyItem = plainObjects(function (this: Record<string, unknown>, id: string, name: LocalizedText, points: string, max: string | null, weight: string | null, rule: string, provenance: Provenance, state: LazyState) {
  this.id = id;
  this.name = name;
  this.points = points;
  this.max = max;
  this.weight = weight;
  this.rule = rule;
  Object.defineProperty(this, 'lines', ITEM_LINES);
  this.provenance = provenance;
  new Held(this, state);
}) as unknown as LazyItemConstructor;

interface LazyAppraisalConstructor {
  new (subject: string, name: string | null, period: string, scheme: SchemeStamp, total: string, band: BandResult | null, outcome: string, items: ItemResult[], state: LazyState): Appraisal;
}

/** A scorecard result whose `lines` is an accessor in its key position (see {@link LazyItem}). */
const LazyAppraisal = plainObjects(function (this: Record<string, unknown>, subject: string, name: string | null, period: string, scheme: SchemeStamp, total: string, band: BandResult | null, outcome: string, items: ItemResult[], state: LazyState) {
  this.kind = 'scorecard';
  this.subject = subject;
  this.name = name;
  this.period = period;
  this.scheme = scheme;
  this.total = total;
  this.band = band;
  this.outcome = outcome;
  this.vetoes = [];
  this.items = items;
  Object.defineProperty(this, 'lines', RESULT_LINES);
  this.reviews = [];
  this.warnings = [];
  new Held(this, state);
}) as unknown as LazyAppraisalConstructor;

/** What an item's result says whatever the subject: all but its points and lines. */
export interface ItemHead {
  readonly id: string;
  readonly name: LocalizedText;
  readonly max: string | null;
  readonly weight: string | null;
  readonly kind: string;
  readonly provenance: Provenance;
}

/**
 * A result whose `lines` (its own and each item's) are read on demand: the first read explains
 * the subject once (by `byPlan`, else by the explaining evaluator) and replaces every `lines` by
 * plain data (the entries of `items` by the explained items, plain data objects). Items' points
 * come in hundredths and are written as results print them.
 *
 * @example
 * const result = lazyAppraisal('S-1', null, '2026-Q3', stamp, '95.00', band, 'excellent', plan.items, [9000, 500], input, explain, 'en');
 * JSON.stringify(result); // the evaluator's JSON, lines and all
 */
export function lazyAppraisal(
  subject: string,
  name: string | null,
  period: string,
  scheme: SchemeStamp,
  total: string,
  band: BandResult | null,
  outcome: string,
  heads: readonly ItemHead[],
  cents: readonly number[],
  input: unknown,
  explain: Explainer,
  locale: Locale,
  byPlan?: PlanExplainer,
): Appraisal {
  const items: ItemResult[] = [];
  const state: LazyState = { input, explain, byPlan, result: undefined, items, lazyItems: undefined, full: undefined, locale };
  for (let i = 0; i < heads.length; i += 1) {
    const h = heads[i] as ItemHead;
    items.push(new LazyItem(h.id, h.name, formatCents(cents[i] as number), h.max, h.weight, h.kind, h.provenance, state));
  }
  const result = new LazyAppraisal(subject, name, period, scheme, total, band, outcome, items, state);
  state.result = result;
  return result;
}
