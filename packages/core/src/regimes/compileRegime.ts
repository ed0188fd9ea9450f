import { issuesFromZod } from '../errors/fromZod';
import { KaoheError, type KaoheIssue } from '../errors/KaoheError';
import type { Locale } from '../model/common';
import { schemeHash } from '../safety/contentHash';
import { assertSafeJson } from '../safety/assertSafeJson';
import { isValidTimeZone } from '../time/zonedDate';
import { conditionFields } from './orderCondition';
import { PenaltyRegime } from './PenaltyRegime';

/** A penalty regime checked and prepared once, to appraise many people with. */
export interface CompiledRegime {
  readonly kind: 'compiledPenaltyRegime';
  readonly scheme: PenaltyRegime;
  /** `sha256:` of the regime's canonical JSON (defaults applied). */
  readonly hash: string;
}

const bad = (path: Array<string | number>, en: string, zh: string): KaoheIssue => ({ code: 'scheme_invalid', path, params: { reason: { en, 'zh-CN': zh } } });

function referenceIssues(regime: PenaltyRegime): KaoheIssue[] {
  const issues: KaoheIssue[] = [];
  const orderKinds = new Set(regime.orders.kinds.map((k) => k.id));
  const breachKinds = new Set((regime.breaches?.kinds ?? []).map((k) => k.id));
  const timestamps = new Set([regime.orders.start.name, ...regime.orders.timestamps.map((t) => t.name)]);
  const flags = new Set(regime.orders.flags.map((f) => f.name));
  const people = new Set(regime.orders.people.map((p) => p.name));
  const sanctions = new Set(regime.sanctionKinds.map((s) => s.id));
  const counts = new Set(regime.counts.map((c) => c.name));
  const ids = new Set<string>();
  const checkId = (id: string, path: Array<string | number>): void => {
    if (ids.has(id)) issues.push(bad(path, `duplicate id ${id}`, `id ${id} 重复`));
    ids.add(id);
  };
  const checkOrders = (on: { orders: string[]; when: Parameters<typeof conditionFields>[0] }, path: Array<string | number>): void => {
    on.orders.forEach((kind, i) => {
      if (!orderKinds.has(kind)) issues.push(bad([...path, 'orders', i], `unknown order kind ${kind}`, `未知的工单类别 ${kind}`));
    });
    const fields = conditionFields(on.when);
    for (const name of fields.timestamps) if (!timestamps.has(name)) issues.push(bad([...path, 'when'], `unknown order timestamp ${name}`, `未知的工单时间字段 ${name}`));
    for (const name of fields.flags) if (!flags.has(name)) issues.push(bad([...path, 'when'], `unknown order flag ${name}`, `未知的工单标记 ${name}`));
  };
  regime.offences.forEach((offence, index) => {
    checkId(offence.id, ['offences', index, 'id']);
    if ('breaches' in offence.on) {
      if (!breachKinds.has(offence.on.breaches)) issues.push(bad(['offences', index, 'on', 'breaches'], `unknown breach kind ${offence.on.breaches}`, `未知的违规类别 ${offence.on.breaches}`));
    } else checkOrders(offence.on, ['offences', index, 'on']);
  });
  regime.collective.forEach((rule, index) => {
    checkId(rule.id, ['collective', index, 'id']);
    checkOrders(rule.on, ['collective', index, 'on']);
    rule.payers.forEach((payer, p) => {
      if (payer.from === 'orderField' && !people.has(payer.field)) issues.push(bad(['collective', index, 'payers', p, 'field'], `unknown order field ${payer.field}`, `未知的工单字段 ${payer.field}`));
    });
  });
  regime.thresholds.forEach((threshold, index) => {
    checkId(threshold.id, ['thresholds', index, 'id']);
    const measure = threshold.measure;
    if (typeof measure === 'object' && 'breaches' in measure && !breachKinds.has(measure.breaches)) issues.push(bad(['thresholds', index, 'measure'], `unknown breach kind ${measure.breaches}`, `未知的违规类别 ${measure.breaches}`));
    if (typeof measure === 'object' && 'fact' in measure && !counts.has(measure.fact)) issues.push(bad(['thresholds', index, 'measure'], `the count ${measure.fact} is not declared in counts`, `计数 ${measure.fact} 未在 counts 中声明`));
    threshold.tiers.forEach((tier, t) => {
      if (!sanctions.has(tier.sanction)) issues.push(bad(['thresholds', index, 'tiers', t, 'sanction'], `unknown sanction ${tier.sanction}`, `未知的处理 ${tier.sanction}`));
    });
  });
  if (!isValidTimeZone(regime.timeZone)) issues.push(bad(['timeZone'], `unknown time zone ${regime.timeZone}`, `未知时区 ${regime.timeZone}`));
  return issues;
}

/**
 * Checks a penalty regime written as JSON and prepares it to appraise many people.
 *
 * @example
 * const compiled = compileRegime(technicianRegime);
 * const result = appraiseRegime(compiled, { subject: 'T-001', period: '2026-10', facts: { orders, breaches, history } });
 * @throws {KaoheError} `unsafe_key`, or `scheme_invalid` with one issue per bad field (unknown
 * order kinds, timestamps, flags, breach kinds and sanctions included).
 */
export function compileRegime(data: unknown, options: { locale?: Locale } = {}): CompiledRegime {
  const locale = options.locale ?? 'en';
  const id = typeof data === 'object' && data !== null && typeof (data as { id?: unknown }).id === 'string' ? (data as { id: string }).id : 'regime';
  try {
    assertSafeJson(data);
    const parsed = PenaltyRegime.safeParse(data);
    if (!parsed.success) throw new KaoheError(issuesFromZod(parsed.error.issues, 'scheme_invalid'));
    const issues = referenceIssues(parsed.data);
    if (issues.length > 0) throw new KaoheError(issues);
    // The editor's `$schema` is no part of the rules: a regime hashes the same with or without it.
    const { $schema: _editorSchema, ...hashed } = parsed.data;
    return { kind: 'compiledPenaltyRegime', scheme: parsed.data, hash: schemeHash(PenaltyRegime, hashed) };
  } catch (error) {
    if (error instanceof KaoheError) throw error.withContext(id, locale);
    throw error;
  }
}

/** Whether a value is a compiled penalty regime. */
export function isCompiledRegime(value: unknown): value is CompiledRegime {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'compiledPenaltyRegime';
}
