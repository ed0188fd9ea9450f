import { Decimal, toDecimal } from '../decimal';
import { resolveScorecard, lookupScheme, type SchemeSource } from '../evaluate/resolveScorecard';
import { KaoheError } from '../errors/KaoheError';
import { enumText } from '../explain/enumText';
import { projectFacts } from '../bonus/projectOutcome';
import { toInterval, type Interval } from '../model/interval';
import { predicateFacts, predicateItems } from '../model/predicate';
import type { ResolvedScorecard, Scorecard } from '../model/scorecard';
import { ruleFacts, ruleItems } from '../rules/registry';
import { lintBands, lintBandsAboveMaximum, lintIntervalTable } from './lintBands';
import { maximumTotal } from './maximumTotal';
import { finding, type LintFinding } from './LintFinding';

const WHOLE_LINE: Interval = { min: undefined, max: undefined, minInclusive: false, maxInclusive: false };

function lintExtends(own: Scorecard, schemes: SchemeSource | undefined): LintFinding[] {
  const seen = [own.id];
  let parentId = own.extends;
  while (parentId !== undefined) {
    if (seen.includes(parentId)) return [finding('extends_cycle', 'error', ['extends'], { cycle: [...seen, parentId].join(' → ') })];
    const parent = lookupScheme(schemes, parentId) as { extends?: unknown } | undefined;
    if (parent === undefined) return [finding('extends_unknown', 'error', ['extends'], { id: parentId })];
    seen.push(parentId);
    parentId = typeof parent.extends === 'string' ? parent.extends : undefined;
  }
  return [];
}

function lintIds(scheme: ResolvedScorecard): LintFinding[] {
  const findings: LintFinding[] = [];
  const seen = new Set<string>();
  const ids = [...scheme.items.map((i) => i.id), ...scheme.vetoes.map((v) => v.id)];
  for (const id of ids) {
    if (seen.has(id)) findings.push(finding('duplicate_id', 'error', ['items'], { id }));
    seen.add(id);
  }
  const earlier = new Set<string>();
  const all = new Set(scheme.items.map((i) => i.id));
  scheme.items.forEach((item, index) => {
    for (const ref of ruleItems(item.rule)) {
      if (!all.has(ref)) findings.push(finding('unknown_item_ref', 'error', ['items', index, 'rule'], { where: item.id, ref }));
      else if (!earlier.has(ref)) findings.push(finding('item_order', 'error', ['items', index, 'rule'], { item: item.id, ref }));
    }
    earlier.add(item.id);
  });
  scheme.vetoes.forEach((veto, index) => {
    for (const ref of predicateItems(veto.when)) {
      if (!all.has(ref)) findings.push(finding('unknown_item_ref', 'error', ['vetoes', index, 'when'], { where: veto.id, ref }));
    }
  });
  return findings;
}

function lintTotals(scheme: ResolvedScorecard): LintFinding[] {
  if (scheme.model === 'weighted') {
    const missing = scheme.items.filter((i) => i.weight === undefined).map((i) => i.id);
    if (missing.length > 0) return [finding('weights_missing', 'error', ['items'], { items: missing.join(', ') })];
    const sum = scheme.items.reduce((acc, i) => acc.plus(toDecimal(i.weight as string | number)), new Decimal(0));
    return sum.equals(100) ? [] : [finding('weights_not_100', 'error', ['items'], { sum: sum.toString() })];
  }
  if (scheme.model !== 'points') return [];
  const sum = scheme.items.reduce((acc, i) => (i.points === undefined ? acc : acc.plus(toDecimal(i.points))), new Decimal(0));
  if (scheme.declaredTotal !== undefined) {
    const declared = toDecimal(scheme.declaredTotal);
    return sum.equals(declared) ? [] : [finding('items_total_mismatch', 'warning', ['items'], { sum: sum.toString(), declared: declared.toString() })];
  }
  return sum.equals(100) ? [] : [finding('items_sum', 'info', ['items'], { sum: sum.toString() })];
}

function lintTiers(scheme: ResolvedScorecard): LintFinding[] {
  const findings: LintFinding[] = [];
  const codes = { gap: 'tier_gap', overlap: 'tier_overlap', unreachable: 'tier_unreachable' };
  scheme.items.forEach((item, index) => {
    const rule = item.rule;
    if (rule.kind === 'tiers') {
      const rows = rule.tiers.map((tier, i) => ({ id: String(i + 1), interval: toInterval(tier) }));
      findings.push(...lintIntervalTable(rows, rule.hitPolicy, WHOLE_LINE, ['items', index, 'rule', 'tiers'], codes, { item: item.id }));
    } else if (rule.kind === 'perOccurrence' && typeof rule.each === 'object') {
      const rows = rule.each.tiers.map((tier, i) => ({ id: String(i + 1), interval: toInterval(tier) }));
      findings.push(...lintIntervalTable(rows, rule.each.hitPolicy, WHOLE_LINE, ['items', index, 'rule', 'each', 'tiers'], codes, { item: item.id }));
    }
  });
  return findings;
}

function lintFacts(scheme: ResolvedScorecard): LintFinding[] {
  if (scheme.inputs.length === 0) return [];
  const declared = new Set(scheme.inputs.map((spec) => spec.name));
  const read = new Map<string, string>();
  scheme.items.forEach((item) => ruleFacts(item.rule).forEach((fact) => read.has(fact) || read.set(fact, item.id)));
  scheme.vetoes.forEach((veto) => predicateFacts(veto.when).forEach((fact) => read.has(fact) || read.set(fact, veto.id)));
  projectFacts(scheme).forEach((fact) => read.has(fact) || read.set(fact, 'bonus'));
  const findings: LintFinding[] = [];
  for (const [fact, where] of read) if (!declared.has(fact)) findings.push(finding('fact_undeclared', 'error', ['inputs'], { fact, where }));
  scheme.inputs.forEach((spec, index) => {
    if (!read.has(spec.name)) findings.push(finding('fact_unused', 'info', ['inputs', index], { fact: spec.name }));
  });
  return findings;
}

function lintRaters(scheme: ResolvedScorecard): LintFinding[] {
  const findings: LintFinding[] = [];
  const panel = scheme.panel;
  if (panel !== undefined) {
    const list = panel.raters.map((r) => r.id).join(', ');
    for (const [key, value] of [['literalDivisor', panel.literalDivisor], ['divisor', panel.divisor]] as const) {
      if (value !== undefined && !toDecimal(value).equals(panel.raters.length)) {
        findings.push(finding('divisor_mismatch', 'warning', ['panel', key], { divisor: toDecimal(value).toString(), raters: panel.raters.length, list }));
      }
    }
  }
  scheme.items.forEach((item, index) => {
    const rule = item.rule;
    if (rule.kind !== 'rated') return;
    if (rule.divisor !== undefined && rule.raters !== undefined && !toDecimal(rule.divisor).equals(rule.raters.length)) {
      findings.push(finding('divisor_mismatch', 'warning', ['items', index, 'rule', 'divisor'], { divisor: toDecimal(rule.divisor).toString(), raters: rule.raters.length, list: rule.raters.map((r) => r.id).join(', ') }));
    }
    if (rule.max !== undefined && item.points !== undefined && toDecimal(rule.max).greaterThan(toDecimal(item.points))) {
      findings.push(finding('rated_range', 'warning', ['items', index, 'rule', 'max'], { item: item.id, max: toDecimal(rule.max).toString(), points: toDecimal(item.points).toString() }));
    }
  });
  return findings;
}


/**
 * Lints a scorecard: bands, totals and weights, tiers, facts against the input contract, item
 * references, raters, and inheritance.
 */
export function lintScorecard(own: Scorecard, schemes: SchemeSource | undefined): LintFinding[] {
  const findings = lintExtends(own, schemes);
  if (findings.some((f) => f.severity === 'error')) return findings;
  let scheme: ResolvedScorecard;
  try {
    scheme = resolveScorecard(own, schemes);
  } catch (error) {
    if (error instanceof KaoheError) {
      return [...findings, ...error.issues.map((issue) => finding('scheme_invalid', 'error', issue.path, issue.params))];
    }
    throw error;
  }
  if (scheme.status !== 'complete') {
    findings.push(finding('status', 'info', ['status'], { status: scheme.status, statusText: enumText('status', scheme.status), detail: scheme.description ?? scheme.name }));
  }
  return [
    ...findings,
    ...lintIds(scheme),
    ...lintTotals(scheme),
    ...lintBands(scheme.bands, scheme.bandPolicy, scheme.totalFloor),
    ...lintBandsAboveMaximum(scheme.bands, maximumTotal(scheme)),
    ...lintTiers(scheme),
    ...lintFacts(scheme),
    ...lintRaters(scheme),
  ];
}
