import type { AppraisalInput } from './appraisalInput.js';
import { compileByPattern } from './compileByPattern.js';
import type { CellValue } from './convertCell.js';
import { placeValue, type ValuePlace, type ValueTarget } from './valuePlaces.js';

/**
 * Builds the input of a subject row from its values, one per value column (`undefined`: an empty
 * cell, left out), its subject, display name (`undefined`: none) and period.
 */
export type InputBuilder = (values: readonly (CellValue | undefined)[], subject: string, name: string | undefined, period: string) => AppraisalInput;

type Values = readonly (CellValue | undefined)[];

function placed(places: readonly ValuePlace[], values: Values, subject: string, name: string | undefined, period: string): AppraisalInput {
  const target: ValueTarget = { facts: {}, ratings: null };
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value !== undefined) placeValue(target, places[i] as ValuePlace, value);
  }
  const input: AppraisalInput = name === undefined ? { subject, period, facts: target.facts } : { subject, name, period, facts: target.facts };
  if (target.ratings) input.ratings = target.ratings;
  return input;
}

/**
 * An object of a pattern's rows: a template with its final keys, in their final order (values
 * `null`), and the value column of each key. Copying the template gives every row's object its
 * final shape in one step (V8 clones the template's hidden class), so that the values are then
 * stores into keys the object has, with no change of shape. A literal written as code would spare
 * the stores too (whose key varies from store to store), but that would make code from the mapping.
 */
interface Part {
  readonly template: Record<string, unknown>;
  readonly keys: readonly string[];
  readonly columns: readonly number[];
}

/** How the rows of a pattern of empty cells are built: `ratings` is `null` when none is present. */
interface Plan {
  readonly facts: Part;
  readonly ratings: Part | null;
  /**
   * The items rated by rater, each with its raters' object, stored into `ratings` after its whole
   * items, at slot `slot` of {@link storeAt} (past the columns' slots: the column count plus the
   * item's first column).
   */
  readonly byRater: readonly { readonly item: string; readonly part: Part; readonly slot: number }[];
}

function newPart(): { template: Record<string, unknown>; keys: string[]; columns: number[] } {
  return { template: {}, keys: [], columns: [] };
}

function addKey(part: ReturnType<typeof newPart>, key: string, column: number | null): void {
  if (!Object.hasOwn(part.template, key)) part.template[key] = null;
  if (column !== null) {
    part.keys.push(key);
    part.columns.push(column);
  }
}

/**
 * The plan of the rows whose present values are those `present` tells: keys in the order
 * {@link placed} gives them (facts in column order, then, when there are ratings, an item where
 * its first present rating is, its raters in column order).
 */
function plan(places: readonly ValuePlace[], present: (i: number) => boolean): Plan {
  const facts = newPart();
  const ratings = newPart();
  const raters = new Map<string, ReturnType<typeof newPart>>();
  const slots = new Map<string, number>();
  places.forEach((place, i) => {
    if (!present(i)) return;
    if (place.fact !== null) addKey(facts, place.fact, i);
    else if (place.rater === null) addKey(ratings, place.item, i);
    else {
      addKey(ratings, place.item, null);
      let part = raters.get(place.item);
      if (part === undefined) {
        raters.set(place.item, (part = newPart()));
        slots.set(place.item, places.length + i);
      }
      addKey(part, place.rater, i);
    }
  });
  const rated = Object.keys(ratings.template).length > 0;
  return { facts, ratings: rated ? ratings : null, byRater: [...raters].map(([item, part]) => ({ item, part, slot: slots.get(item) as number })) };
}

/**
 * `target[key] = value`, at a store site of the slot's own. A store whose key comes from a variable
 * is fast only at a site that always sees the same key; one site for every key of a row (a loop over
 * keys) costs about twice as much per store. The key of a column (and of an item whose raters are
 * columns) is the same in every row and pattern, so each column gets a slot; slots past the
 * cases share the last site.
 */
function storeAt(target: Record<string, unknown>, key: string, value: unknown, slot: number): void {
  switch (slot) {
    case 0: target[key] = value; return;
    case 1: target[key] = value; return;
    case 2: target[key] = value; return;
    case 3: target[key] = value; return;
    case 4: target[key] = value; return;
    case 5: target[key] = value; return;
    case 6: target[key] = value; return;
    case 7: target[key] = value; return;
    case 8: target[key] = value; return;
    case 9: target[key] = value; return;
    case 10: target[key] = value; return;
    case 11: target[key] = value; return;
    case 12: target[key] = value; return;
    case 13: target[key] = value; return;
    case 14: target[key] = value; return;
    case 15: target[key] = value; return;
    case 16: target[key] = value; return;
    case 17: target[key] = value; return;
    case 18: target[key] = value; return;
    case 19: target[key] = value; return;
    case 20: target[key] = value; return;
    case 21: target[key] = value; return;
    case 22: target[key] = value; return;
    case 23: target[key] = value; return;
    default:
      target[key] = value;
  }
}

/** Stores the row's values into a copy of a part's template. */
function fill(made: Record<string, unknown>, part: Part, values: Values): Record<string, unknown> {
  const { keys, columns } = part;
  for (let k = 0; k < keys.length; k++) {
    const column = columns[k] as number;
    storeAt(made, keys[k] as string, values[column], column);
  }
  return made;
}

/**
 * The input of a row by its pattern's plan. Facts, ratings and raters' templates are each copied at
 * a site of their own: a site that sees more than four shapes of object is no longer fast.
 */
function built(p: Plan, values: Values, subject: string, name: string | undefined, period: string): AppraisalInput {
  const facts = fill({ ...p.facts.template }, p.facts, values);
  if (p.ratings === null) return name === undefined ? { subject, period, facts } : { subject, name, period, facts };
  const ratings = fill({ ...p.ratings.template }, p.ratings, values);
  for (let r = 0; r < p.byRater.length; r++) {
    const { item, part, slot } = p.byRater[r] as Plan['byRater'][number];
    storeAt(ratings, item, fill({ ...part.template }, part, values), slot);
  }
  const rated = ratings as NonNullable<AppraisalInput['ratings']>;
  return name === undefined ? { subject, period, facts, ratings: rated } : { subject, name, period, facts, ratings: rated };
}

/** Whether the places can be built from templates: no reserved key, no item rated both as a whole and by rater. */
function templateSafe(places: readonly ValuePlace[]): boolean {
  const whole = new Set<string>();
  const byRater = new Set<string>();
  const keys: string[] = [];
  for (const place of places) {
    if (place.fact !== null) keys.push(place.fact);
    else {
      keys.push(place.item);
      if (place.rater === null) whole.add(place.item);
      else {
        keys.push(place.rater);
        byRater.add(place.item);
      }
    }
  }
  return keys.every((key) => key !== '__proto__') && [...whole].every((item) => !byRater.has(item));
}

/**
 * Compiles the builder of a subject table's inputs from where its columns' values go: what
 * `placeValue` does value by value, from one plan per pattern of empty cells whose template objects
 * already have the row's keys (see {@link Part}). No code is made: the mapping's names are only
 * ever keys, and cell values only values. A mapping that cannot be built so (an item rated as a
 * whole and by rater), and rows past 64 patterns (see `compileByPattern`), are placed value by value.
 * `mayBeEmpty[i]` tells whether the value of column `i` may be `undefined`; the others must be present.
 *
 * @example
 * const build = compileInputBuilder([{ fact: 'projectsWon', item: '', rater: null }, { fact: null, item: 'P4', rater: 'sales' }], [false, true]);
 * build([3, '8'], 'E1', undefined, '2026-Q3')       // { subject: 'E1', period: '2026-Q3', facts: { projectsWon: 3 }, ratings: { P4: { sales: '8' } } }
 * build([3, undefined], 'E1', '张三', '2026-Q3')     // { subject: 'E1', name: '张三', period: '2026-Q3', facts: { projectsWon: 3 } }
 */
export function compileInputBuilder(places: readonly ValuePlace[], mayBeEmpty: readonly boolean[]): InputBuilder {
  const general: InputBuilder = (values, subject, name, period) => placed(places, values, subject, name, period);
  if (!templateSafe(places)) return general;
  const optional = mayBeEmpty.flatMap((may, i) => (may ? [i] : []));
  const pick = compileByPattern<InputBuilder>(optional, (present) => {
    const p = plan(places, present);
    return (values, subject, name, period) => built(p, values, subject, name, period);
  }, general);
  return (values, subject, name, period) => pick(values)(values, subject, name, period);
}
