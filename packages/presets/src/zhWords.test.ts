import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  appraiseRegime,
  appraiseSync,
  compile,
  describeOrderCondition,
  describePayer,
  describeRule,
  ENUM_VALUES,
  lint,
  PenaltyRegime,
  resolveScorecard,
  type FactSpec,
  type FieldSpec,
  type Item,
  type OrgChartInput,
  type ResolvedScorecard,
  type ScorecardInput,
} from '@kaohe/core';
import { describe, expect, it } from 'vitest';
import { presets, presetSchemes } from './catalogue';
import { hasInferredNoteZh, inferredNote } from './inferredNote';
import { opsDepartment, techDepartment, techSupportCenter } from './organisations';

/**
 * Every enumeration value a scheme writes, as a word standing alone (not part of an identifier such
 * as `tech-department/presales-project` or `projectManager`). Such a word in a zh-CN text is English
 * left in a Chinese sentence (`按 mean 合成`, `考核期:quarter`).
 */
const ENUM_WORD = new RegExp(`(?<![\\w/.-])(${[...new Set(Object.values(ENUM_VALUES).flat())].join('|')})(?![\\w/.-])`);

const PERIODS = { month: '2026-09', quarter: '2026-Q3', 'half-year': '2026-H2', year: '2026', project: 'PRJ-2026-001' } as const;

/** A value of a fact or field at a level: 0 low, 1 middle, 2 high, within its bounds when it has them. */
function sample(spec: FactSpec | FieldSpec, level: number): unknown {
  const bounds: { min?: number | string | undefined; max?: number | string | undefined } = spec.type === 'events' ? {} : spec;
  const within = (value: number): number => Math.min(Number(bounds.max ?? Infinity), Math.max(Number(bounds.min ?? -Infinity), value));
  switch (spec.type) {
    case 'boolean':
      return level % 2 === 1;
    case 'enum':
      return spec.values?.[level % spec.values.length] ?? '';
    case 'date':
      return ['2026-07-01', '2026-08-15', '2026-09-30'][level];
    case 'datetime':
      return ['2026-07-01T09:00:00+08:00', '2026-08-15T12:00:00+08:00', '2026-09-30T23:00:00+08:00'][level];
    case 'string':
      return `s${level}`;
    case 'events':
      return Array.from({ length: level * 2 }, (_, n) => coherent(Object.fromEntries(spec.fields.map((field) => [field.name, sample(field, (n + level) % 3)]))));
    case 'ratio':
      return within([0.05, 0.85, 1.2][level] ?? 0);
    case 'count':
      return within([0, 2, 9][level] ?? 0);
    default:
      return within([0, 50, 1_000_000][level] ?? 0);
  }
}

/** The period a report covers, by its kind (a report's `covers` must be a period of its `kind`). */
const COVERS: Record<string, string> = { weekly: '2026-W30', monthly: '2026-07', quarterly: '2026-Q3', annual: '2026' };

/** An event whose fields agree with each other where the scheme requires it. */
function coherent(event: Record<string, unknown>): Record<string, unknown> {
  const covers = typeof event['kind'] === 'string' ? COVERS[event['kind']] : undefined;
  return covers !== undefined && 'covers' in event ? { ...event, covers } : event;
}

/** Facts a scheme bounds beyond their type (the leader's share of a project bonus lies in 0.3–0.6). */
const FIXED: Record<string, unknown> = { leaderShare: 0.4 };

/** Ratings for every rated item at a level, from its own raters or the scheme's panel. */
function ratings(scheme: ResolvedScorecard, level: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const item of scheme.items) {
    if (item.rule.kind !== 'rated') continue;
    const top = Number(item.rule.max ?? item.points ?? 100);
    const value = [Number(item.rule.min ?? 0), Math.floor(top / 2), top][level];
    const raters = item.rule.raters ?? scheme.panel?.raters;
    out[item.id] = raters === undefined ? value : Object.fromEntries(raters.map((rater) => [rater.id, value]));
  }
  return out;
}

/** A template's items with weights that add up to 100, so that it compiles. */
function weighted(items: readonly Item[]): Item[] {
  return items.map((item, index) => ({ ...item, weight: index === 0 ? 100 - 10 * (items.length - 1) : 10 }));
}

const scorecards = presets.filter((entry) => (entry.scheme as { kind?: string }).kind === 'scorecard');
const regimes = presets.filter((entry) => (entry.scheme as { kind?: string }).kind === 'penaltyRegime');

describe('zh-CN texts of every preset carry no English enumeration words', () => {
  it.each(scorecards.map((entry) => [entry.id, entry] as const))('%s: explanations for generated inputs', (_id, entry) => {
    const resolved = resolveScorecard(entry.scheme as ScorecardInput, presetSchemes);
    const unweighted = resolved.model === 'weighted' && resolved.items.some((item) => item.weight === undefined);
    const scheme = unweighted ? { ...(entry.scheme as object), items: weighted(resolved.items) } : entry.scheme;
    const compiled = compile(scheme, { schemes: presetSchemes });
    let appraised = 0;
    for (const level of [0, 1, 2]) {
      const facts = Object.fromEntries(resolved.inputs.map((spec) => [spec.name, FIXED[spec.name] ?? sample(spec, level)]));
      const result = appraiseSync(compiled, { subject: `S${level}`, period: PERIODS[resolved.period], facts, ratings: ratings(resolved, level) });
      appraised += 1;
      const texts = [...result.items.flatMap((item) => item.lines), ...result.lines].map((line) => line.message['zh-CN']);
      for (const text of texts) expect(text).not.toMatch(ENUM_WORD);
    }
    expect(appraised).toBe(3);
  });

  it.each(scorecards.map((entry) => [entry.id, entry] as const))('%s: rule descriptions', (_id, entry) => {
    const resolved = resolveScorecard(entry.scheme as ScorecardInput, presetSchemes);
    for (const item of resolved.items) {
      const text = describeRule(item.rule, item.points === undefined ? { locale: 'zh-CN' } : { locale: 'zh-CN', points: item.points });
      expect(text.length, item.id).toBeGreaterThan(0);
      expect(text, item.id).not.toMatch(ENUM_WORD);
    }
  });

  it.each(presets.map((entry) => [entry.id, entry] as const))('%s: lint findings', (_id, entry) => {
    for (const finding of lint(entry.scheme, { schemes: presetSchemes })) expect(finding.message['zh-CN'], finding.code).not.toMatch(ENUM_WORD);
  });

  it.each(regimes.map((entry) => [entry.id, entry] as const))('%s: offences, payers and the worked example K', (_id, entry) => {
    const regime = PenaltyRegime.parse(entry.scheme);
    const texts = [
      ...regime.offences.flatMap((offence) => ('orders' in offence.on ? [describeOrderCondition(offence.on.when, regime.orders, { locale: 'zh-CN' })] : [])),
      ...regime.collective.flatMap((rule) => [describeOrderCondition(rule.on.when, regime.orders, { locale: 'zh-CN' }), ...rule.payers.map((payer) => describePayer(payer, { locale: 'zh-CN' }))]),
    ];
    const exampleK = JSON.parse(readFileSync(fileURLToPath(new URL('../../../examples/subjects/example-k.json', import.meta.url)), 'utf8')) as Array<Record<string, unknown>>;
    const org = JSON.parse(readFileSync(fileURLToPath(new URL('../../../examples/orgs/broadband-field-ops.json', import.meta.url)), 'utf8')) as OrgChartInput;
    for (const input of exampleK) {
      const result = appraiseRegime(entry.scheme, input, { org });
      texts.push(...result.lines.map((line) => line.message['zh-CN']));
    }
    expect(texts.length).toBeGreaterThan(regime.offences.length);
    for (const text of texts) expect(text).not.toMatch(ENUM_WORD);
  });

  it('the pattern catches the words the issue found', () => {
    expect('按 mean 合成').toMatch(ENUM_WORD);
    expect('考核期:quarter;计分方式:points').toMatch(ENUM_WORD);
    expect('tech-department/presales-project projectManager 8').not.toMatch(ENUM_WORD);
  });

  it('every inferred reading of the presets and organisations has a Chinese note', () => {
    const notes = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value !== null && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (typeof record['inferred'] === 'string') notes.add(record['inferred']);
        Object.values(record).forEach(walk);
      }
    };
    walk(presets.map((entry) => entry.scheme));
    walk([techSupportCenter, opsDepartment, techDepartment]);
    expect(notes.size).toBeGreaterThan(40);
    expect([...notes].filter((note) => !hasInferredNoteZh(note))).toEqual([]);
    expect(inferredNote('the text gives no period', 'zh-CN')).toBe('原文未给出考核期');
    expect(inferredNote('a note of your own', 'zh-CN')).toBe('a note of your own');
  });
});
