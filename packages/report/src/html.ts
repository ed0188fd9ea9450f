import { Decimal, type Locale, type LocalizedText, type Provenance } from '@kaohe/core';
import { escapeHtml } from './escapeHtml';
import { reportStyles } from './reportStyles';
import { reportText } from './reportText';

/** A cell of {@link table}: ready HTML, a number (escaped here, right-aligned) or arithmetic (escaped here, monospaced). */
export type Cell = string | { readonly num: string | null | undefined } | { readonly code: string };

/** A row of {@link table}: its cells, or a group's heading row made of ready HTML cells. */
export type Row = readonly Cell[] | { readonly group: string };

const cell = (c: Cell): string => (typeof c === 'string' ? `<td>${c}</td>` : 'num' in c ? `<td class="n">${escapeHtml(c.num)}</td>` : `<td class="a">${escapeHtml(c.code)}</td>`);

/** A table from header texts (escaped here) and rows of cells. */
export function table(headers: readonly string[], rows: readonly Row[], className = ''): string {
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => ('group' in r ? `<tr class="group">${r.group}</tr>` : `<tr>${r.map(cell).join('')}</tr>`)).join('');
  return `<table${className === '' ? '' : ` class="${className}"`}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** A text of the result in the reader's language, escaped. */
export function localized(text: Partial<LocalizedText> | undefined, locale: Locale): string {
  return escapeHtml(text?.[locale] ?? text?.en ?? '');
}

/** Where a rule came from, escaped: the source document and its clause, or why it was inferred. */
export function provenanceHtml(provenance: Partial<Provenance> | undefined, locale: Locale): string {
  if (provenance === undefined) return '';
  const p = provenance as { source?: string; clause?: string; inferred?: string };
  const cited = [p.source, p.clause].filter((s): s is string => typeof s === 'string').map(escapeHtml).join(' · ');
  if (p.inferred !== undefined) return `<span class="prov">${escapeHtml(reportText(locale, 'inferred', { why: p.inferred }))}${cited === '' ? '' : ` (${cited})`}</span>`;
  return `<span class="prov">${cited}</span>`;
}

/** `count` out of `of` as a percentage with one decimal (`"33.3%"`). */
export function percent(count: number, of: number): string {
  return of === 0 ? '0.0%' : `${new Decimal(count).times(100).dividedBy(of).toFixed(1)}%`;
}

/** A count per key, in first-seen order. */
export function tally<T>(values: readonly T[], key: (value: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(key(v), (counts.get(key(v)) ?? 0) + 1);
  return counts;
}

/**
 * A whole self-contained page: the report's styles inline, a closing line, and a CSP that forbids
 * every fetch and script, so the page cannot reach the network even if a value slipped through unescaped.
 */
export function htmlPage(title: string, locale: Locale, body: readonly string[], styles = ''): string {
  const footer = `<footer class="caption">${escapeHtml(reportText(locale, 'generatedBy'))}</footer>`;
  return `<!DOCTYPE html>\n<html lang="${locale}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(
    title,
  )}</title><style>${reportStyles}${styles}</style></head><body>${[...body, footer].join('\n')}</body></html>\n`;
}
