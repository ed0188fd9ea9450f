import { Decimal } from 'decimal.js';
import type { AppraisalInput } from './appraisalInput.js';
import type { JoinIssueCode } from './issueCodes.js';
import { localizedMessage, type LocalizedText, type MessageParams } from './localizedMessage.js';
import { toDecimalString } from './toDecimalString.js';

/** What one source says of a subject: any of its facts, ratings, name and period. */
export interface SubjectPart {
  readonly subject: string;
  readonly name?: string | undefined;
  readonly period?: string | undefined;
  readonly facts?: Readonly<Record<string, unknown>> | undefined;
  readonly ratings?: Readonly<Record<string, unknown>> | undefined;
}

/** A source of subject parts, named in messages (`salesforce opportunities.json`, `ratings.xlsx`). */
export interface SubjectSource {
  readonly name: string;
  readonly parts: Iterable<SubjectPart>;
  /**
   * Whether the source's subjects are appraised (the CRM, the tickets): a subject found only in
   * sources that are not (the raters' sheet, earlier results) is listed and left out.
   */
  readonly primary: boolean;
}

/** A subject missing from a source, found only in secondary sources, or given two values of a fact. */
export interface JoinIssue {
  readonly code: JoinIssueCode;
  readonly subject: string;
  /** A conflict: the subject is left out, and the run is not clean. A subject missing from a source is only listed. */
  readonly error: boolean;
  readonly params: MessageParams;
  readonly message: LocalizedText;
}

/** The subjects joined, in the order of their first appearance, and what the join found. */
export interface JoinedSubjects {
  readonly inputs: AppraisalInput[];
  readonly issues: JoinIssue[];
}

interface Held {
  readonly value: unknown;
  readonly source: string;
}

interface Subject {
  readonly subject: string;
  name?: string;
  period?: string;
  readonly facts: Map<string, Held>;
  readonly ratings: Map<string, Held>;
  readonly sources: string[];
  primary: boolean;
}

/** JSON with keys in order, so that `{a, b}` and `{b, a}` are the same value. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Whether two sources give the same value: 1500000 and "1,500,000.00" are one amount. */
function sameValue(a: unknown, b: unknown): boolean {
  if ((typeof a === 'number' || typeof a === 'string') && (typeof b === 'number' || typeof b === 'string')) {
    const x = toDecimalString(a);
    const y = toDecimalString(b);
    if (x !== null && y !== null) return new Decimal(x).equals(y);
  }
  return canonical(a) === canonical(b);
}

const shown = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : canonical(value));

function issue(code: JoinIssueCode, subject: string, params: MessageParams, error: boolean): JoinIssue {
  const all = { subject, ...params };
  return { code, subject, error, params: all, message: localizedMessage(code, all) };
}

/** The ratings of a part as `item` or `item.rater` keys, so that two raters' sheets of one item join. */
function ratingKeys(ratings: Readonly<Record<string, unknown>>): Array<[string, unknown]> {
  return Object.entries(ratings).flatMap(([item, value]): Array<[string, unknown]> =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value).map(([rater, v]): [string, unknown] => [`${item}.${rater}`, v]) : [[item, value]],
  );
}

function ratingsOf(held: ReadonlyMap<string, Held>): Record<string, unknown> {
  const ratings: Record<string, unknown> = {};
  for (const [key, { value }] of held) {
    const dot = key.indexOf('.');
    if (dot < 0) ratings[key] = value;
    else {
      const item = key.slice(0, dot);
      const byRater = (ratings[item] ??= {}) as Record<string, unknown>;
      byRater[key.slice(dot + 1)] = value;
    }
  }
  return ratings;
}

/**
 * Joins what several sources say of each subject into one appraisal input per subject:
 * facts from the CRM or the tickets, ratings from the raters' spreadsheet, `history` or
 * `gradeHistory` from earlier results. A fact (or a rater's rating) given by two sources
 * with different values is an error naming both sources and both values, and the subject
 * is left out; a subject one source has and another lacks is listed (and appraised when a
 * primary source has it).
 *
 * @example
 * const { inputs, issues } = joinSubjects([
 *   { name: 'salesforce', primary: true, parts: [{ subject: 'PRJ-1', facts: { contractValue: '1500000' } }] },
 *   { name: 'ratings.xlsx', primary: false, parts: [{ subject: 'PRJ-1', ratings: { quality: { self: 28 } } }] },
 * ], { period: '2026-Q3' });
 * inputs[0] // { subject: 'PRJ-1', period: '2026-Q3', facts: { contractValue: '1500000' }, ratings: { quality: { self: 28 } } }
 */
export function joinSubjects(sources: readonly SubjectSource[], options: { readonly period?: string } = {}): JoinedSubjects {
  const subjects = new Map<string, Subject>();
  const issues: JoinIssue[] = [];
  const conflicted = new Set<string>();
  const merge = (s: Subject, kind: 'facts' | 'ratings', key: string, value: unknown, source: string): void => {
    if (value === undefined) return;
    const held = s[kind].get(key);
    if (held === undefined) s[kind].set(key, { value, source });
    else if (!sameValue(held.value, value)) {
      conflicted.add(s.subject);
      issues.push(issue('joinConflict', s.subject, { key: `${kind}.${key}`, sourceA: held.source, valueA: shown(held.value), sourceB: source, valueB: shown(value) }, true));
    }
  };
  for (const source of sources) {
    for (const part of source.parts) {
      let s = subjects.get(part.subject);
      if (s === undefined) {
        s = { subject: part.subject, facts: new Map(), ratings: new Map(), sources: [], primary: false };
        subjects.set(part.subject, s);
      }
      if (!s.sources.includes(source.name)) s.sources.push(source.name);
      s.primary ||= source.primary;
      if (s.name === undefined && part.name !== undefined && part.name !== '') s.name = part.name;
      if (s.period === undefined && part.period !== undefined) s.period = part.period;
      for (const [key, value] of Object.entries(part.facts ?? {})) merge(s, 'facts', key, value, source.name);
      for (const [key, value] of ratingKeys(part.ratings ?? {})) merge(s, 'ratings', key, value, source.name);
    }
  }
  const primary = sources.filter((x) => x.primary).map((x) => x.name);
  const inputs: AppraisalInput[] = [];
  for (const s of subjects.values()) {
    const missing = sources.map((x) => x.name).filter((n) => !s.sources.includes(n));
    if (!s.primary) {
      issues.push(issue('joinSubjectUnused', s.subject, { present: s.sources.join(', '), primary: primary.join(', ') }, false));
      continue;
    }
    if (missing.length > 0) issues.push(issue('joinSubjectMissing', s.subject, { present: s.sources.join(', '), missing: missing.join(', ') }, false));
    if (conflicted.has(s.subject)) continue;
    const period = options.period ?? s.period;
    inputs.push({
      subject: s.subject,
      ...(s.name === undefined ? {} : { name: s.name }),
      ...(period === undefined ? {} : { period }),
      facts: Object.fromEntries([...s.facts].map(([k, h]) => [k, h.value])),
      ...(s.ratings.size === 0 ? {} : { ratings: ratingsOf(s.ratings) }),
    } as AppraisalInput);
  }
  return { inputs, issues };
}
