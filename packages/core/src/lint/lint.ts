import type { SchemeSource } from '../evaluate/resolveScorecard';
import { KaoheError } from '../errors/KaoheError';
import { issuesFromZod } from '../errors/fromZod';
import { Scorecard } from '../model/scorecard';
import { assertSafeJson } from '../safety/assertSafeJson';
import { finding, invalidSchemeFinding, type LintFinding } from './LintFinding';
import { lintScorecard } from './lintScorecard';
import { lintRegime } from './regimeLint';

/** Options of {@link lint}. */
export interface LintOptions {
  /** Where `extends` finds parent schemes. */
  schemes?: SchemeSource;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Lints a scheme written as JSON and returns every finding, most severe first: band gaps and
 * overlaps, bands above the greatest possible total, weights not adding to 100, items not adding to the declared total, tier gaps and
 * overlaps, facts read but not declared, rater divisors that disagree with the rater list,
 * `extends` cycles. A scheme that does not even parse gives its parse errors as findings; lint
 * never throws for a bad scheme.
 *
 * @example
 * import { lint } from '@kaohe/core';
 * import { presetSchemes, techSupportCenterLiteral } from '@kaohe/presets';
 *
 * // The department manager's scorecard with the seed's literal bands and its declared total of 100.
 * lint(techSupportCenterLiteral.departmentManager, { schemes: presetSchemes }).map((f) => `${f.severity} ${f.code}`);
 * // ['warning items_total_mismatch', 'warning band_gap', 'warning band_overlap']
 */
export function lint(scheme: unknown, options: LintOptions = {}): LintFinding[] {
  try {
    assertSafeJson(scheme);
  } catch (error) {
    if (error instanceof KaoheError) return error.issues.map(invalidSchemeFinding);
    throw error;
  }
  const kind = typeof scheme === 'object' && scheme !== null ? (scheme as { kind?: unknown }).kind : undefined;
  let findings: LintFinding[];
  switch (kind) {
    case 'scorecard': {
      const parsed = Scorecard.safeParse(scheme);
      if (!parsed.success) {
        findings = issuesFromZod(parsed.error.issues, 'scheme_invalid').map(invalidSchemeFinding);
        break;
      }
      findings = lintScorecard(parsed.data, options.schemes);
      break;
    }
    case 'penaltyRegime':
      findings = lintRegime(scheme);
      break;
    default:
      findings = [finding('scheme_invalid', 'error', ['kind'], { reason: { en: `unknown scheme kind ${JSON.stringify(kind)}`, 'zh-CN': `未知的方案类型 ${JSON.stringify(kind)}` } })];
  }
  return findings.slice().sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
