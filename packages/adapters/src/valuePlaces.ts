import type { BoundColumn } from './bindHeaders.js';
import type { CellValue } from './convertCell.js';

/** Where a subject-table column's values go, worked out once from its `to` when the header is bound. */
export interface ValuePlace {
  /** The fact, or `null` for a rating. */
  readonly fact: string | null;
  /** The rated item (for a rating). */
  readonly item: string;
  /** The rater (for `ratings.<item>.<rater>`), else `null`. */
  readonly rater: string | null;
}

/** What the values of a subject's row go into. */
export interface ValueTarget {
  facts: Record<string, unknown>;
  ratings: Record<string, string | number | Record<string, string | number>> | null;
}

/**
 * An item rated by several raters whose every column may be empty: the scheme takes the
 * raters who rated, but at least one (see `readRatings` in `@kaohe/core`), so a row
 * with none of them is rejected at once rather than at appraisal.
 */
export interface RatingGroup {
  readonly item: string;
  /** Indexes of the item's rater columns among the bound value columns. */
  readonly columns: readonly number[];
}

/** The place of each column (by its `to`: a fact, `ratings.<item>` or `ratings.<item>.<rater>`). */
export function valuePlaces(columns: readonly BoundColumn[]): ValuePlace[] {
  return columns.map(({ column }) => {
    if (!column.to.startsWith('ratings.')) return { fact: column.to, item: '', rater: null };
    const [, item = '', rater] = column.to.split('.');
    return { fact: null, item, rater: rater ?? null };
  });
}

/** The items whose rater columns all allow an empty cell, each with its columns (see {@link RatingGroup}). */
export function ratingGroups(places: readonly ValuePlace[], columns: readonly BoundColumn[]): RatingGroup[] {
  const byItem = new Map<string, number[]>();
  const required = new Set<string>();
  places.forEach((place, i) => {
    if (place.rater === null) return;
    const list = byItem.get(place.item) ?? [];
    list.push(i);
    byItem.set(place.item, list);
    if (!columns[i]?.column.allowEmpty) required.add(place.item);
  });
  return [...byItem].filter(([item]) => !required.has(item)).map(([item, list]) => ({ item, columns: list }));
}

/** Puts a value where its place says. */
export function placeValue(target: ValueTarget, place: ValuePlace, value: CellValue): void {
  if (place.fact !== null) {
    target.facts[place.fact] = value;
    return;
  }
  const ratings = (target.ratings ??= {});
  const rated = value as string | number;
  if (place.rater === null) ratings[place.item] = rated;
  else {
    const current = ratings[place.item];
    const byRater = current !== undefined && typeof current === 'object' ? current : {};
    byRater[place.rater] = rated;
    ratings[place.item] = byRater;
  }
}
