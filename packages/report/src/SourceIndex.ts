import type { Locale, Provenance, SchemeResult } from '@kaohe/core';
import { escapeHtml } from './escapeHtml';
import { localized, provenanceHtml, table } from './html';
import { reportText } from './reportText';

interface Source {
  readonly number: number;
  readonly provenance: Partial<Provenance>;
  /** What cites it (ready HTML): the items, or a regime's points or fine. */
  readonly citedBy: Set<string>;
}

// Results made in one run share their scheme's provenance objects: each is written out once.
const keys = new WeakMap<object, string>();
function keyOf(provenance: Partial<Provenance>): string {
  let key = keys.get(provenance);
  if (key === undefined) keys.set(provenance, (key = JSON.stringify(provenance)));
  return key;
}

/**
 * The source clauses of a scheme's results, each numbered once: the overview prints each clause
 * with its number and the subject pages refer to it by `[n]`, instead of repeating the clause's
 * text on every line of every page (the bulk of a large report).
 *
 * @example
 * const sources = SourceIndex.of(results, 'zh-CN');
 * sources.ref(item.provenance) // '[2]'
 */
export class SourceIndex {
  /** The key a clause is indexed under (its JSON), shared by equal clauses of different results. */
  static keyOf = keyOf;

  readonly #sources = new Map<string, Source>();

  /** The clauses of the items and lines of the results, numbered in the order first met. */
  static of(results: readonly SchemeResult[], locale: Locale): SourceIndex {
    const index = new SourceIndex();
    for (const result of results) {
      if (result.kind === 'penaltyRegime') {
        for (const line of result.lines) index.add(line.provenance, escapeHtml(reportText(locale, 'points')));
        for (const line of result.fine.lines) index.add(line.provenance, escapeHtml(reportText(locale, 'fine')));
        continue;
      }
      for (const item of result.items) {
        const label = `${localized(item.name, locale)} <span class="muted">${escapeHtml(item.id)}</span>`;
        index.add(item.provenance, label);
        for (const line of item.lines) index.add(line.provenance, label);
      }
      for (const line of result.lines) index.add(line.provenance, escapeHtml(reportText(locale, 'totalLines')));
    }
    return index;
  }

  add(provenance: Partial<Provenance> | undefined, citedBy: string): void {
    if (provenance === undefined) return;
    const key = keyOf(provenance);
    const known = this.#sources.get(key);
    if (known !== undefined) known.citedBy.add(citedBy);
    else this.#sources.set(key, { number: this.#sources.size + 1, provenance, citedBy: new Set([citedBy]) });
  }

  /** The reference to a clause (`[3]`), or `''` for none or a clause not indexed. */
  ref(provenance: Partial<Provenance> | undefined): string {
    if (provenance === undefined) return '';
    const source = this.#sources.get(keyOf(provenance));
    return source === undefined ? '' : `[${source.number}]`;
  }

  /** The table of the clauses: number, what cites it, the clause. */
  table(locale: Locale): string {
    if (this.#sources.size === 0) return '';
    return `<h3>${escapeHtml(reportText(locale, 'itemSources'))}</h3>${table(
      ['#', reportText(locale, 'item'), reportText(locale, 'source')],
      [...this.#sources.values()].map((s) => [`[${s.number}]`, [...s.citedBy].join('<br>'), provenanceHtml(s.provenance, locale)]),
      'sources',
    )}`;
  }
}
