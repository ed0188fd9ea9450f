import { KaoheError } from '../errors/KaoheError';
import { issuesFromZod } from '../errors/fromZod';
import { toInterval, type Interval } from '../model/interval';
import { compileRegime } from '../regimes/compileRegime';
import { PenaltyRegime } from '../regimes/PenaltyRegime';
import { lintIntervalTable } from './lintBands';
import { invalidSchemeFinding, type LintFinding } from './LintFinding';

const WHOLE_LINE: Interval = { min: undefined, max: undefined, minInclusive: false, maxInclusive: false };

/**
 * The findings of a penalty regime: parse and reference errors, and each threshold's tiers read as
 * a decision table — two tiers that both hold a value (the literal attendance rule gives 3 to
 * "3次以内" and "3次以上"), and tiers a first-hit table can never reach. Values no tier covers are
 * not findings: they bring no sanction.
 *
 * @example
 * lintRegime(technicianLiteral).map((f) => [f.code, f.params.interval]); // [['threshold_overlap', '[3, 3]']]
 */
export function lintRegime(data: unknown): LintFinding[] {
  const parsed = PenaltyRegime.safeParse(data);
  if (!parsed.success) return issuesFromZod(parsed.error.issues, 'scheme_invalid').map(invalidSchemeFinding);
  try {
    compileRegime(parsed.data);
  } catch (error) {
    if (error instanceof KaoheError) return error.issues.map(invalidSchemeFinding);
    throw error;
  }
  const findings: LintFinding[] = [];
  parsed.data.thresholds.forEach((threshold, index) => {
    const rows = threshold.tiers.map((tier, t) => ({ id: `${t + 1} (${tier.sanction})`, interval: toInterval(tier) }));
    const table = lintIntervalTable(rows, threshold.hitPolicy, WHOLE_LINE, ['thresholds', index, 'tiers'], { gap: 'threshold_gap', overlap: 'threshold_overlap', unreachable: 'threshold_unreachable' }, { threshold: threshold.id });
    findings.push(...table.filter((f) => f.code !== 'threshold_gap'));
  });
  return findings;
}
