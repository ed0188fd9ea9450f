import type { AppraisalInput } from './appraisalInput.js';
import { compileByPattern } from './compileByPattern.js';
import type { CellValue } from './convertCell.js';
import { placeValue, type ValuePlace, type ValueTarget } from './valuePlaces.js';

/**
 * Builds the input of a subject row from its values, one per value column (`undefined`: an empty
 * cell, left out), its subject, display name (`undefined`: none) and period.
 */
export type InputBuilder = (values: readonly (CellValue | undefined)[], subject: string, name: string | undefined, period: string) => AppraisalInput;

function placed(places: readonly ValuePlace[], values: readonly (CellValue | undefined)[], subject: string, name: string | undefined, period: string): AppraisalInput {
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
 * The source of the input's object literal with the values present, keys in the order {@link placed}
 * gives them (subject, name, period, facts in column order, then ratings when there are any: an
 * item where its first rating is, its raters in column order).
 */
function literalSource(places: readonly ValuePlace[], present: (i: number) => boolean, named: boolean): string {
  const facts: string[] = [];
  const items = new Map<string, string[] | number>();
  places.forEach((place, i) => {
    if (!present(i)) return;
    if (place.fact !== null) facts.push(`${JSON.stringify(place.fact)}: v[${i}]`);
    else if (place.rater === null) items.set(place.item, i);
    else {
      const raters = items.get(place.item);
      const list = Array.isArray(raters) ? raters : [];
      list.push(`${JSON.stringify(place.rater)}: v[${i}]`);
      items.set(place.item, list);
    }
  });
  const ratings = [...items].map(([item, value]) => `${JSON.stringify(item)}: ${typeof value === 'number' ? `v[${value}]` : `{ ${value.join(', ')} }`}`);
  const head = `subject: s, ${named ? 'name: n, ' : ''}period: p, facts: { ${facts.join(', ')} }`;
  return ratings.length === 0 ? `{ ${head} }` : `{ ${head}, ratings: { ${ratings.join(', ')} } }`;
}

/** Whether the places can be written as one literal: no reserved key, no item rated both as a whole and by rater. */
function literalSafe(places: readonly ValuePlace[]): boolean {
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
 * `placeValue` does value by value, as one object literal per pattern of empty cells (a literal
 * costs a tenth of keyed stores: every object gets its final shape at once). The code is made from
 * the mapping's names, which `MappingSchema` limits to identifiers and which are written as JSON
 * string literals; cell values are never part of it. A mapping it cannot write so (an item rated as
 * a whole and by rater), and rows past 64 patterns (see `compileByPattern`), are placed value by value.
 * `mayBeEmpty[i]` tells whether the value of column `i` may be `undefined`; the others must be present.
 *
 * @example
 * const build = compileInputBuilder([{ fact: 'projectsWon', item: '', rater: null }, { fact: null, item: 'P4', rater: 'sales' }], [false, true]);
 * build([3, '8'], 'E1', undefined, '2026-Q3')       // { subject: 'E1', period: '2026-Q3', facts: { projectsWon: 3 }, ratings: { P4: { sales: '8' } } }
 * build([3, undefined], 'E1', '张三', '2026-Q3')     // { subject: 'E1', name: '张三', period: '2026-Q3', facts: { projectsWon: 3 } }
 */
export function compileInputBuilder(places: readonly ValuePlace[], mayBeEmpty: readonly boolean[]): InputBuilder {
  const general: InputBuilder = (values, subject, name, period) => placed(places, values, subject, name, period);
  if (!literalSafe(places)) return general;
  const optional = mayBeEmpty.flatMap((may, i) => (may ? [i] : []));
  const compile = (named: boolean) => (present: (i: number) => boolean): InputBuilder =>
    new Function('v', 's', 'n', 'p', `return ${literalSource(places, present, named)};`) as InputBuilder;
  const pick = compileByPattern(optional, compile(false), general);
  const pickNamed = compileByPattern(optional, compile(true), general);
  return (values, subject, name, period) => (name === undefined ? pick(values) : pickNamed(values))(values, subject, name, period);
}
