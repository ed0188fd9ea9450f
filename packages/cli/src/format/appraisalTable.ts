import type { Locale, SchemeResult } from '@kaohe/core';
import { renderTable, type Column } from './table';

const HEADERS = {
  en: { subject: 'subject', name: 'name', total: 'total', band: 'band', outcome: 'outcome', vetoes: 'vetoes' },
  'zh-CN': { subject: '对象', name: '姓名', total: '总分', band: '等级', outcome: '结果', vetoes: '否决' },
} as const;

/**
 * A readable table of results of one scheme: a row a subject, a column an item, then the total,
 * band and outcome; the explanation lines of each subject follow when `explain` is set.
 */
export function appraisalTable(results: readonly SchemeResult[], locale: Locale, explain: boolean): string {
  const first = results[0];
  if (first === undefined) return '';
  const h = HEADERS[locale];
  const itemIds = first.items.map((item) => item.id);
  const columns: Column[] = [
    { header: h.subject },
    { header: h.name },
    ...itemIds.map((id) => ({ header: id, align: 'right' as const })),
    { header: h.total, align: 'right' },
    { header: h.band },
    { header: h.outcome },
  ];
  const rows = results.map((r) => [
    r.subject,
    r.name ?? '',
    ...itemIds.map((id) => r.items.find((item) => item.id === id)?.points ?? ''),
    r.total,
    r.band?.name[locale] ?? '',
    r.outcome === 'fail' ? (locale === 'zh-CN' ? '考核不合格' : 'fail') : (r.band?.name[locale] ?? r.outcome),
  ]);
  const title = `${first.scheme.id} (${first.scheme.version})`;
  const parts = [title, renderTable(columns, rows)];
  if (explain) {
    for (const r of results) {
      parts.push('', `${r.subject}${r.name === null ? '' : ` ${r.name}`}`);
      for (const l of r.lines) parts.push(`  ${l.message[locale]}`);
      for (const item of r.items) for (const l of item.lines) parts.push(`  ${l.message[locale]}`);
      for (const v of r.vetoes) parts.push(`  ${v.message[locale]}`);
    }
  }
  return parts.join('\n');
}
