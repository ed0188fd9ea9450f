import { formatShort, toDecimal, type Decimal } from '../decimal';
import type { Band, HitPolicy } from '../model/bands';
import { formatInterval, intersectIntervals, intervalIsEmpty, intervalWithin, toInterval, uncoveredIntervals, type Interval } from '../model/interval';
import { finding, type LintFinding } from './LintFinding';

/**
 * Interval tables (rating bands, tiers) checked as DMN decision tables: the gaps no row covers,
 * the overlaps a unique-hit table must not have, and under a first-hit table, the overlaps that are
 * not the intended "from X up to the row above" shadowing, and rows that can never be hit.
 */
export function lintIntervalTable(
  rows: ReadonlyArray<{ id: string; interval: Interval }>,
  policy: HitPolicy,
  domain: Interval,
  path: ReadonlyArray<string | number>,
  codes: { gap: string; overlap: string; unreachable: string },
  extra: Record<string, string> = {},
): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const gap of uncoveredIntervals(rows.map((r) => r.interval), domain)) {
    findings.push(finding(codes.gap, 'warning', path, { ...extra, interval: formatInterval(gap) }));
  }
  rows.forEach((later, j) => {
    const earlier = rows.slice(0, j);
    if (policy === 'first' && earlier.length > 0 && !intervalIsEmpty(later.interval)) {
      // A row the rows above it cover wholly is reported once, as unreachable, not as overlaps.
      if (uncoveredIntervals(earlier.map((r) => r.interval), later.interval).length === 0) {
        findings.push(finding(codes.unreachable, 'warning', [...path, j], { ...extra, band: later.id, tier: later.id }));
        return;
      }
    }
    earlier.forEach((first) => {
      const overlap = intersectIntervals(first.interval, later.interval);
      if (intervalIsEmpty(overlap)) return;
      // Under first-hit, a row wholly inside a later one is read "from X up to the row above": intended.
      if (policy === 'first' && intervalWithin(first.interval, later.interval)) return;
      findings.push(finding(codes.overlap, 'warning', [...path, j], { ...extra, first: first.id, second: later.id, interval: formatInterval(overlap) }));
    });
  });
  return findings;
}

/** The band findings of a scheme: gaps over the totals it can reach, overlaps, unreachable bands. */
export function lintBands(bands: readonly Band[], policy: HitPolicy, floor: string | number | undefined): LintFinding[] {
  if (bands.length === 0) return [];
  const domain: Interval = { min: toDecimal(floor ?? 0), max: undefined, minInclusive: true, maxInclusive: false };
  return lintIntervalTable(
    bands.map((band) => ({ id: band.id, interval: toInterval(band) })),
    policy,
    domain,
    ['bands'],
    { gap: 'band_gap', overlap: 'band_overlap', unreachable: 'band_unreachable' },
  );
}

/**
 * Bands that start above the greatest total the scheme can give (or at it, with an open lower end):
 * no subject can ever be rated so. Nothing is reported when the greatest total is not known.
 *
 * @example
 * lintBandsAboveMaximum([{ id: 'excellent', min: 100, … }], new Decimal(90)); // [band_above_maximum at bands.0]
 */
export function lintBandsAboveMaximum(bands: readonly Band[], maximum: Decimal | undefined): LintFinding[] {
  if (maximum === undefined) return [];
  const findings: LintFinding[] = [];
  bands.forEach((band, index) => {
    const { min, minInclusive } = toInterval(band);
    if (min === undefined) return;
    const cmp = min.comparedTo(maximum);
    if (cmp > 0 || (cmp === 0 && !minInclusive)) {
      findings.push(finding('band_above_maximum', 'warning', ['bands', index], { band: band.id, min: formatShort(min), max: formatShort(maximum) }));
    }
  });
  return findings;
}
