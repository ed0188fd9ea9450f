import { toDecimal, Decimal } from '../decimal';
import { KaoheError, type KaoheIssue } from '../errors/KaoheError';
import type { Locale } from '../model/common';
import { predicateItems } from '../model/predicate';
import { Scorecard, type ResolvedScorecard } from '../model/scorecard';
import { createConditionEngine, type ConditionEngine } from '../rules/condition';
import { ruleItems } from '../rules/registry';
import { schemeHash } from '../safety/contentHash';
import { isValidTimeZone } from '../time/zonedDate';
import { resolveScorecard, type SchemeSource } from './resolveScorecard';
import { attachPlan } from '../plan/planOf';

/** Options of {@link compile}. */
export interface CompileOptions {
  /** Where `extends` finds parent schemes. */
  schemes?: SchemeSource;
  /** Locale of error messages. */
  locale?: Locale;
}

/** A scorecard checked and prepared once, to appraise many subjects with. */
export interface CompiledScorecard {
  readonly kind: 'compiledScorecard';
  /** The scheme with inheritance resolved and defaults applied. */
  readonly scheme: ResolvedScorecard;
  /** The scheme's {@link schemeHash}: `sha256:` of the resolved scheme's canonical JSON, decimals written alike. */
  readonly hash: string;
  /** Whether the scheme has `condition` rules, which only {@link appraise} (async) can run. */
  readonly requiresAsync: boolean;
  /** The ids of the items with `condition` rules. */
  readonly asyncItems: readonly string[];
  /** The engines of the condition items: json-rules-engine is imported when one first runs. */
  readonly engines: ReadonlyMap<string, ConditionEngine>;
}

function checkWeights(scheme: ResolvedScorecard): KaoheIssue[] {
  if (scheme.model !== 'weighted') return [];
  const missing = scheme.items.filter((item) => item.weight === undefined).map((item) => item.id);
  if (missing.length > 0) return [{ code: 'missing_weights', path: ['items'], params: { items: missing.join(', ') } }];
  const sum = scheme.items.reduce((acc, item) => acc.plus(toDecimal(item.weight as string | number)), new Decimal(0));
  return sum.equals(100) ? [] : [{ code: 'weights_not_100', path: ['items'], params: { sum: sum.toString() } }];
}

function checkReferences(scheme: ResolvedScorecard): KaoheIssue[] {
  const issues: KaoheIssue[] = [];
  const seen = new Set<string>();
  const all = new Set(scheme.items.map((item) => item.id));
  scheme.items.forEach((item, index) => {
    if (seen.has(item.id)) issues.push({ code: 'scheme_invalid', path: ['items', index, 'id'], params: { reason: { en: `duplicate item id ${item.id}`, 'zh-CN': `考核项 id ${item.id} 重复` } } });
    for (const ref of ruleItems(item.rule)) {
      if (!seen.has(ref)) {
        const reason = all.has(ref)
          ? { en: `reads item ${ref}, which must come before it`, 'zh-CN': `读取的考核项 ${ref} 必须排在它之前` }
          : { en: `reads unknown item ${ref}`, 'zh-CN': `读取了不存在的考核项 ${ref}` };
        issues.push({ code: 'scheme_invalid', path: ['items', index, 'rule'], params: { reason } });
      }
    }
    seen.add(item.id);
  });
  scheme.vetoes.forEach((veto, index) => {
    for (const ref of predicateItems(veto.when)) {
      if (!all.has(ref)) issues.push({ code: 'scheme_invalid', path: ['vetoes', index, 'when'], params: { reason: { en: `reads unknown item ${ref}`, 'zh-CN': `读取了不存在的考核项 ${ref}` } } });
    }
  });
  return issues;
}

/**
 * Checks a scorecard, resolves its inheritance and prepares it to appraise many subjects. Compile
 * once, appraise many: the checks, the hash and the rule engines are not redone per subject.
 *
 * @example
 * const compiled = compile(networkOpsSupervisor);
 * const result = appraiseSync(compiled, { subject: 'E-001', period: '2026-Q3', facts: { … } });
 * @throws {KaoheError} `unsafe_key`, `scheme_invalid`, `scheme_not_found`, `extends_cycle`,
 * `missing_weights`, `weights_not_100` — each issue with the path of the bad field.
 */
export function compile(scheme: unknown, options: CompileOptions = {}): CompiledScorecard {
  const locale = options.locale ?? 'en';
  const id = typeof scheme === 'object' && scheme !== null && typeof (scheme as { id?: unknown }).id === 'string' ? (scheme as { id: string }).id : 'scheme';
  try {
    const resolved = resolveScorecard(scheme, options.schemes);
    const issues = [...checkReferences(resolved), ...checkWeights(resolved)];
    if (!isValidTimeZone(resolved.timeZone)) {
      issues.push({ code: 'scheme_invalid', path: ['timeZone'], params: { reason: { en: `unknown time zone ${resolved.timeZone}`, 'zh-CN': `未知时区 ${resolved.timeZone}` } } });
    }
    if (issues.length > 0) throw new KaoheError(issues);
    const engines = new Map<string, ConditionEngine>();
    for (const item of resolved.items) {
      if (item.rule.kind === 'condition') engines.set(item.id, createConditionEngine(item.rule));
    }
    // Neither the lineage nor the editor's `$schema` is content: the same rules hash the same.
    const { lineage: _lineage, $schema: _editorSchema, ...hashed } = resolved;
    const compiled: CompiledScorecard = {
      kind: 'compiledScorecard',
      scheme: resolved,
      hash: schemeHash(Scorecard, hashed),
      requiresAsync: engines.size > 0,
      asyncItems: [...engines.keys()],
      engines,
    };
    attachPlan(compiled);
    return compiled;
  } catch (error) {
    if (error instanceof KaoheError) throw error.withContext(id, locale);
    throw error;
  }
}

/** Whether a value is a compiled scorecard. */
export function isCompiledScorecard(value: unknown): value is CompiledScorecard {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'compiledScorecard';
}
