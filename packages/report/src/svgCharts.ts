import { Decimal } from '@kaohe/core';
import { escapeHtml } from './escapeHtml';
import type { HistogramBin } from './histogram';

/** A vertical line across a histogram at a value: a band edge or a threshold. */
export interface ChartMarker {
  readonly value: string;
  readonly label: string;
}

const W = 640;
const H = 260;
const LEFT = 40;
const RIGHT = 16;
const TOP = 24;
const BOTTOM = 40;
const plotW = new Decimal(W - LEFT - RIGHT);
const plotH = new Decimal(H - TOP - BOTTOM);

const px = (d: Decimal): string => d.toDecimalPlaces(2).toString();

function frame(label: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}"><title>${escapeHtml(label)}</title>${body}</svg>`;
}

function axes(maxCount: number): string {
  const baseY = TOP + plotH.toNumber();
  return `<line class="axis" x1="${LEFT}" y1="${baseY}" x2="${W - RIGHT}" y2="${baseY}"/><line class="axis" x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${baseY}"/><text class="tick" x="${LEFT - 4}" y="${TOP + 4}" text-anchor="end">${maxCount}</text><text class="tick" x="${LEFT - 4}" y="${baseY}" text-anchor="end">0</text>`;
}

/**
 * A histogram as SVG: one `rect.bar` per bin carrying its count in `data-count`, and a dashed line
 * with its label at each marker inside the range (band edges, sanction thresholds).
 *
 * @example
 * histogramSvg(histogram(totals), [{ value: '90', label: 'A' }], 'Totals');
 */
export function histogramSvg(bins: readonly HistogramBin[], markers: readonly ChartMarker[], label: string): string {
  const first = bins[0];
  const last = bins[bins.length - 1];
  if (first === undefined || last === undefined) return frame(label, '');
  const low = new Decimal(first.low);
  const span = new Decimal(last.high).minus(low);
  const x = (v: Decimal): Decimal => plotW.times(v.minus(low)).dividedBy(span).plus(LEFT);
  const maxCount = Math.max(1, ...bins.map((b) => b.count));
  const baseY = plotH.plus(TOP);
  const parts: string[] = [axes(maxCount)];
  for (const bin of bins) {
    const x0 = x(new Decimal(bin.low));
    const width = x(new Decimal(bin.high)).minus(x0).minus(1);
    const height = plotH.times(bin.count).dividedBy(maxCount);
    parts.push(
      `<rect class="bar" data-count="${bin.count}" data-low="${escapeHtml(bin.low)}" data-high="${escapeHtml(bin.high)}" x="${px(x0)}" y="${px(baseY.minus(height))}" width="${px(Decimal.max(width, 1))}" height="${px(height)}"><title>[${escapeHtml(bin.low)}, ${escapeHtml(bin.high)}): ${bin.count}</title></rect>`,
    );
    if (bin.count > 0) parts.push(`<text class="count" x="${px(x0.plus(width.dividedBy(2)))}" y="${px(baseY.minus(height).minus(3))}" text-anchor="middle">${bin.count}</text>`);
  }
  const step = Math.ceil(bins.length / 10);
  bins.forEach((bin, i) => {
    if (i % step === 0) parts.push(`<text class="tick" x="${px(x(new Decimal(bin.low)))}" y="${px(baseY.plus(14))}" text-anchor="middle">${escapeHtml(bin.low)}</text>`);
  });
  parts.push(`<text class="tick" x="${px(x(new Decimal(last.high)))}" y="${px(baseY.plus(14))}" text-anchor="middle">${escapeHtml(last.high)}</text>`);
  for (const marker of markers) {
    const value = new Decimal(marker.value);
    if (value.lessThan(low) || value.greaterThan(low.plus(span))) continue;
    const mx = px(x(value));
    parts.push(`<line class="edge" data-value="${escapeHtml(marker.value)}" x1="${mx}" y1="${TOP - 8}" x2="${mx}" y2="${px(baseY)}"/><text class="edge-label" x="${mx}" y="${TOP - 10}" text-anchor="middle">${escapeHtml(marker.label)}</text>`);
  }
  return frame(label, parts.join(''));
}

/** One bar of a bar chart: a label and a non-negative decimal value. */
export interface ChartBar {
  readonly label: string;
  readonly value: string;
}

/**
 * A bar chart of a few labelled amounts as SVG (the bonus from full to final to pool): one `rect.bar`
 * per amount carrying it in `data-value`.
 *
 * @example
 * barSvg([{ label: 'Full', value: '12000.00' }, { label: 'Final', value: '9600.00' }], 'Bonus');
 */
export function barSvg(bars: readonly ChartBar[], label: string): string {
  if (bars.length === 0) return frame(label, '');
  const max = Decimal.max(1, ...bars.map((b) => new Decimal(b.value)));
  const slot = plotW.dividedBy(bars.length);
  const baseY = plotH.plus(TOP);
  const parts: string[] = [`<line class="axis" x1="${LEFT}" y1="${px(baseY)}" x2="${W - RIGHT}" y2="${px(baseY)}"/>`];
  bars.forEach((bar, i) => {
    const value = Decimal.max(0, new Decimal(bar.value));
    const height = plotH.times(value).dividedBy(max);
    const x0 = slot.times(i).plus(LEFT).plus(slot.times('0.15'));
    const width = slot.times('0.7');
    parts.push(
      `<rect class="bar" data-value="${escapeHtml(bar.value)}" x="${px(x0)}" y="${px(baseY.minus(height))}" width="${px(width)}" height="${px(height)}"><title>${escapeHtml(bar.label)}: ${escapeHtml(bar.value)}</title></rect>`,
      `<text class="count" x="${px(x0.plus(width.dividedBy(2)))}" y="${px(baseY.minus(height).minus(3))}" text-anchor="middle">${escapeHtml(bar.value)}</text>`,
      `<text class="tick" x="${px(x0.plus(width.dividedBy(2)))}" y="${px(baseY.plus(14))}" text-anchor="middle">${escapeHtml(bar.label)}</text>`,
    );
  });
  return frame(label, parts.join(''));
}
