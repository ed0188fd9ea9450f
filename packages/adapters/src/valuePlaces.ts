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

/** The place of each column (by its `to`: a fact, `ratings.<item>` or `ratings.<item>.<rater>`). */
export function valuePlaces(columns: readonly BoundColumn[]): ValuePlace[] {
  return columns.map(({ column }) => {
    if (!column.to.startsWith('ratings.')) return { fact: column.to, item: '', rater: null };
    const [, item = '', rater] = column.to.split('.');
    return { fact: null, item, rater: rater ?? null };
  });
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
