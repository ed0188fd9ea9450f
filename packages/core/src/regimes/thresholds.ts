import { addMonths } from 'date-fns/addMonths';
import { Decimal, formatFixed2 } from '../decimal';
import { KaoheError } from '../errors/KaoheError';
import { renderBoth } from '../locales/render';
import { formatInterval, intervalContains, toInterval, type Interval } from '../model/interval';
import { show } from '../rules/ruleKit';
import { fromCalendarDay, toCalendarDay } from '../time/calendarDay';
import { makeLocalDate } from '../time/zonedDate';
import type { PenaltyRegime, Threshold, ThresholdTier } from './PenaltyRegime';
import type { HistoryMonth } from './regimeInput';
import type { RegimeLine, Sanction, WindowMonth, WindowTotal } from './RegimeResult';

/**
 * The months of a rolling window ending with a month: the month and the `count − 1` before it,
 * oldest first.
 *
 * @example
 * windowMonths('2026-10', 3); // ['2026-08', '2026-09', '2026-10']
 */
export function windowMonths(month: string, count: number): string[] {
  const last = toCalendarDay(makeLocalDate(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1));
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back -= 1) months.push(fromCalendarDay(addMonths(last, -back)).iso.slice(0, 7));
  return months;
}

/**
 * A threshold's tiers as plain interval data, for the linter (gaps, overlaps such as the literal
 * "3次以内" / "3次以上" both holding 3) and for display.
 *
 * @example
 * thresholdIntervals(attendance).map((row) => formatInterval(row.interval)); // ['[1, 3]', '(3, +∞)']
 */
export function thresholdIntervals(threshold: Threshold): Array<{ id: string; sanction: string; interval: Interval }> {
  return threshold.tiers.map((tier, index) => ({ id: `${threshold.id}[${index}]`, sanction: tier.sanction, interval: toInterval(tier) }));
}

/** What the subject's own month gives each measure. */
export interface MonthMeasures {
  readonly points: Decimal;
  readonly breaches: ReadonlyMap<string, number>;
  readonly counts: ReadonlyMap<string, Decimal>;
}

function measureOf(threshold: Threshold, current: MonthMeasures, history: HistoryMonth | undefined, isCurrent: boolean): Decimal | undefined {
  const measure = threshold.measure;
  if (measure === 'points') return isCurrent ? current.points : history?.points;
  if ('breaches' in measure) return isCurrent ? new Decimal(current.breaches.get(measure.breaches) ?? 0) : history === undefined ? undefined : new Decimal(history.breaches.get(measure.breaches) ?? 0);
  return current.counts.get(measure.fact) ?? new Decimal(0);
}

function matchTier(threshold: Threshold, index: number, value: Decimal): { tier: ThresholdTier; interval: Interval } | undefined {
  const hits = threshold.tiers.map((tier) => ({ tier, interval: toInterval(tier) })).filter((row) => intervalContains(row.interval, value));
  if (hits.length > 1 && threshold.hitPolicy === 'unique') {
    throw new KaoheError({ code: 'tiers_overlap', path: ['scheme', 'thresholds', index, 'tiers'], params: { value: show(value), tiers: hits.map((h) => formatInterval(h.interval)).join(', ') } });
  }
  return hits[0];
}

/** The result of every threshold of a regime for one month. */
export interface ThresholdOutcome {
  readonly windows: WindowTotal[];
  readonly sanctions: Sanction[];
  readonly lines: RegimeLine[];
}

/**
 * Measures each threshold over its window (this month from the input, earlier months from
 * `history`; a month with no history counts as 0, and the explanation says so) and finds the
 * sanctions.
 *
 * @throws {KaoheError} `tiers_overlap` when a value falls in several tiers of a unique-hit threshold.
 */
export function applyThresholds(regime: PenaltyRegime, period: string, current: MonthMeasures, history: ReadonlyMap<string, HistoryMonth>): ThresholdOutcome {
  const windows: WindowTotal[] = [];
  const sanctions: Sanction[] = [];
  const lines: RegimeLine[] = [];
  regime.thresholds.forEach((threshold, index) => {
    const months: WindowMonth[] = [];
    let value = new Decimal(0);
    for (const month of windowMonths(period, threshold.months)) {
      const isCurrent = month === period;
      const measured = measureOf(threshold, current, history.get(month), isCurrent);
      const source = isCurrent ? 'period' : measured === undefined ? 'none' : 'history';
      if (source === 'none') {
        lines.push({ code: 'regime.history.none', rule: threshold.id, ref: null, amount: '0', facts: { month }, arithmetic: `${month}: 0`, message: renderBoth('line.regime.history.none', { month }), provenance: threshold.provenance });
      }
      months.push({ month, value: formatFixed2(measured ?? new Decimal(0)), source });
      value = value.plus(measured ?? 0);
    }
    windows.push({ threshold: threshold.id, months, value: formatFixed2(value) });
    const terms = months.map((m) => `${m.month} ${m.value}`).join(' + ');
    const arithmetic = `${terms} = ${formatFixed2(value)}`;
    const name = { en: `${threshold.id} ${threshold.name.en}`, 'zh-CN': `${threshold.id} ${threshold.name['zh-CN']}` };
    lines.push({ code: 'regime.window', rule: threshold.id, ref: null, amount: '0', facts: { months }, arithmetic, message: renderBoth('line.regime.window', { threshold: name, terms, value: formatFixed2(value) }), provenance: threshold.provenance });
    const hit = matchTier(threshold, index, value);
    if (hit === undefined) {
      lines.push({ code: 'regime.threshold.clear', rule: threshold.id, ref: null, amount: '0', facts: {}, arithmetic: `${formatFixed2(value)} ∉ ${threshold.tiers.map((t) => formatInterval(toInterval(t))).join(' ∪ ')}`, message: renderBoth('line.regime.threshold.clear', { threshold: name, value: formatFixed2(value) }), provenance: threshold.provenance });
      return;
    }
    const kind = regime.sanctionKinds.find((s) => s.id === hit.tier.sanction);
    if (kind === undefined) return;
    const interval = formatInterval(hit.interval);
    const message = renderBoth('line.regime.sanction', { threshold: name, value: formatFixed2(value), interval, sanction: kind.name });
    lines.push({ code: 'regime.sanction', rule: threshold.id, ref: null, amount: '0', facts: {}, arithmetic: `${formatFixed2(value)} ∈ ${interval}`, message, provenance: threshold.provenance });
    sanctions.push({ id: kind.id, name: kind.name, severity: kind.severity, threshold: threshold.id, months: months.map((m) => m.month), value: formatFixed2(value), interval, message, provenance: threshold.provenance });
  });
  return { windows, sanctions, lines };
}
