import { isRegimeResult, type Appraisal, type Locale, type RegimeResult, type SchemeResult } from '@kaohe/core';
import { renderTable, type Column } from './table';

const HEADERS = {
  en: { subject: 'subject', name: 'name', total: 'total', band: 'band', outcome: 'outcome', grade: 'grade', bonus: 'bonus', points: 'points', fine: 'fine', sanctions: 'sanctions' },
  'zh-CN': { subject: '对象', name: '姓名', total: '总分', band: '等级', outcome: '结果', grade: '评级', bonus: '奖金', points: '扣分', fine: '罚款', sanctions: '处理' },
} as const;

function scorecardTable(results: readonly Appraisal[], locale: Locale, explain: boolean): string[] {
  const first = results[0];
  if (first === undefined) return [];
  const h = HEADERS[locale];
  const itemIds = first.items.map((item) => item.id);
  const project = results.some((r) => r.bonus !== undefined);
  const columns: Column[] = [
    { header: h.subject },
    { header: h.name },
    ...itemIds.map((id) => ({ header: id, align: 'right' as const })),
    { header: h.total, align: 'right' },
    { header: project ? h.grade : h.band },
    { header: h.outcome },
    ...(project ? [{ header: h.bonus, align: 'right' as const }] : []),
  ];
  const rows = results.map((r) => [
    r.subject,
    r.name ?? '',
    ...itemIds.map((id) => r.items.find((item) => item.id === id)?.points ?? ''),
    r.total,
    r.band?.name[locale] ?? '',
    r.outcome === 'fail' ? (locale === 'zh-CN' ? '考核不合格' : 'fail') : (r.band?.name[locale] ?? r.outcome),
    ...(project ? [r.bonus?.final ?? ''] : []),
  ]);
  const parts = [`${first.scheme.id} (${first.scheme.version})`, renderTable(columns, rows)];
  if (explain) {
    for (const r of results) {
      parts.push('', `${r.subject}${r.name === null ? '' : ` ${r.name}`}`);
      for (const item of r.items) for (const l of item.lines) parts.push(`  ${l.message[locale]}`);
      for (const l of r.lines) parts.push(`  ${l.message[locale]}`);
      for (const v of r.vetoes) parts.push(`  ${v.message[locale]}`);
      for (const l of r.bonus?.lines ?? []) parts.push(`  ${l.message[locale]}`);
    }
  }
  return parts;
}

function regimeTable(results: readonly RegimeResult[], locale: Locale, explain: boolean): string[] {
  const first = results[0];
  if (first === undefined) return [];
  const h = HEADERS[locale];
  const columns: Column[] = [{ header: h.subject }, { header: h.name }, { header: h.points, align: 'right' }, { header: h.fine, align: 'right' }, { header: h.sanctions }];
  const rows = results.map((r) => [r.subject, r.name ?? '', r.points, r.fine.total, r.sanctions.map((s) => s.name[locale]).join(', ')]);
  const parts = [`${first.scheme.id} (${first.scheme.version})`, renderTable(columns, rows)];
  if (explain) {
    for (const r of results) {
      parts.push('', `${r.subject}${r.name === null ? '' : ` ${r.name}`} ${r.period}`);
      for (const l of r.lines) parts.push(`  ${l.message[locale]}`);
      for (const l of r.fine.lines) parts.push(`  ${l.message[locale]}`);
      for (const s of r.sanctions) parts.push(`  ${s.message[locale]}`);
      for (const c of r.collectiveFines) parts.push(`  ${c.reason[locale]}`);
    }
  }
  return parts;
}

/**
 * A readable table of the results of one scheme: a row a subject, a column an item, then the total,
 * band and outcome (for a penalty regime: points, fine and sanctions); the explanation lines of each
 * subject follow when `explain` is set.
 */
export function appraisalTable(results: readonly SchemeResult[], locale: Locale, explain: boolean): string {
  const regimes = results.filter(isRegimeResult);
  const scorecards = results.filter((r): r is Appraisal => !isRegimeResult(r));
  return [...scorecardTable(scorecards, locale, explain), ...regimeTable(regimes, locale, explain)].join('\n');
}
