import { Decimal } from 'decimal.js';
import type { SchemeSource } from '@kaohe/core';
import type { CrmIssueCode } from '../issueCodes.js';
import { localizedMessage, type LocalizedText, type MessageParams } from '../localizedMessage.js';
import { normalizeText } from '../normalizeText.js';
import { parseBoolean } from '../parseBoolean.js';
import { schemeContract } from '../schemeContract.js';
import { toDecimalString } from '../toDecimalString.js';
import { calendarDay, daysBetween } from './calendarDay.js';
import type { CrmDatePoint, CrmFactSource, CrmProfile } from './crmProfile.js';
import { fieldValue, isCrmRecord, type CrmProvenance, type CrmRecord } from './crmRecord.js';
import { StageTimeline } from './stageTimeline.js';

/** A project read from the CRM: its facts, and for each fact the records and fields it came from. */
export interface CrmProject {
  readonly subject: string;
  readonly name?: string;
  readonly recordId: string;
  readonly facts: Record<string, unknown>;
  readonly provenance: Record<string, readonly CrmProvenance[]>;
}

/** A project the scheme cannot appraise yet (no acceptance date, say): listed, not scored. */
export interface CrmNotReady {
  readonly subject: string;
  readonly recordId: string;
  readonly missing: readonly string[];
}

/** Why a record was left out, naming the record and, where there is one, the fact. */
export interface CrmIssue {
  readonly code: CrmIssueCode;
  readonly recordId: string;
  readonly fact?: string;
  readonly params: MessageParams;
  readonly messages: LocalizedText;
}

/** What a CRM read gives: the projects to appraise, those not ready, and the records left out and why. */
export interface CrmRead {
  readonly projects: readonly CrmProject[];
  readonly notReady: readonly CrmNotReady[];
  readonly issues: readonly CrmIssue[];
}

/** Options of {@link readCrmProjects}. */
export interface ReadCrmOptions {
  readonly profile: CrmProfile;
  /** The scheme id whose facts of the profile are read (`tech-department/implementation-project`). */
  readonly schemeId: string;
  /** The scorecard: its declared inputs that are not optional must each be found. */
  readonly scorecard?: unknown;
  readonly schemes?: SchemeSource;
}

class Missing {
  constructor(readonly source: string) {}
}

class Invalid {
  constructor(
    readonly field: string,
    readonly written: string,
    readonly type: string,
  ) {}
}

interface Found {
  readonly value: unknown;
  readonly provenance: readonly CrmProvenance[];
}

type Outcome = Found | Missing | Invalid;

function text(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** Reads one record's facts for a profile and scheme, resolving facts that name other facts. */
class RecordReader {
  private readonly done = new Map<string, Outcome>();
  private timeline: StageTimeline | undefined;
  /** Whether a fact read a stage's day: only then does an unmapped stage matter. */
  usedStages = false;

  constructor(
    private readonly record: CrmRecord,
    private readonly profile: CrmProfile,
    private readonly sources: Readonly<Record<string, CrmFactSource>>,
  ) {}

  stages(): StageTimeline {
    this.timeline ??= new StageTimeline(this.record.stages, this.profile.stages);
    return this.timeline;
  }

  fact(name: string): Outcome {
    const known = this.done.get(name);
    if (known) return known;
    // a fact naming itself through others is missing, not an endless loop
    this.done.set(name, new Missing(`${name} depends on itself`));
    const source = this.sources[name];
    const outcome = source === undefined ? new Missing('not in the profile') : this.read(source);
    this.done.set(name, outcome);
    return outcome;
  }

  private provenance(record: CrmRecord, field: string, value: unknown): CrmProvenance {
    return { source: this.profile.vendor, object: record.object, recordId: record.id, field, value: text(value) };
  }

  private read(source: CrmFactSource): Outcome {
    if ('field' in source) return this.field(source);
    if ('days' in source) return this.days(source.days.from, source.days.to);
    if ('finalPayment' in source) return this.finalPayment();
    return this.count(source.count);
  }

  private field(source: Extract<CrmFactSource, { field: string }>): Outcome {
    const raw = fieldValue(this.record, source.field);
    if (raw === undefined || raw === '') return new Missing(source.field);
    const value = this.convert(raw, source);
    if (value === null) return new Invalid(source.field, text(raw), source.type);
    return { value, provenance: [this.provenance(this.record, source.field, raw)] };
  }

  private convert(raw: unknown, source: Extract<CrmFactSource, { field: string }>): unknown {
    if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') return null;
    switch (source.type) {
      case 'money':
      case 'decimal':
      case 'percent': {
        if (typeof raw === 'boolean') return null;
        const d = toDecimalString(raw, source.type === 'percent');
        return d !== null && source.type === 'money' && d.startsWith('-') ? null : d;
      }
      case 'integer': {
        const d = typeof raw === 'boolean' ? null : toDecimalString(raw);
        return d !== null && new Decimal(d).isInteger() && Number.isSafeInteger(Number(d)) ? Number(d) : null;
      }
      case 'date':
        return calendarDay(raw, this.profile.timeZone, this.profile.dates);
      case 'boolean':
        return typeof raw === 'boolean' ? raw : parseBoolean(String(raw));
      case 'text':
        return String(raw);
      case 'choice': {
        const written = normalizeText(String(raw)).toLowerCase();
        const hit = Object.entries(source.values ?? {}).find(([, words]) => words.some((w) => normalizeText(w).toLowerCase() === written));
        return hit ? hit[0] : null;
      }
    }
  }

  private day(point: CrmDatePoint): Outcome {
    if ('field' in point) return this.field({ field: point.field, type: 'date' });
    if ('fact' in point) return this.fact(point.fact);
    this.usedStages = true;
    const found = 'stageEntered' in point ? this.stages().entered(point.stageEntered) : this.stages().left(point.stageLeft);
    const label = 'stageEntered' in point ? `stage ${point.stageEntered} entered` : `stage ${point.stageLeft} left`;
    if (found === undefined) return new Missing(label);
    const at = calendarDay(found.at, this.profile.timeZone, this.profile.dates);
    return at === null ? new Invalid(found.provenance.field, found.at, 'date') : { value: at, provenance: [found.provenance] };
  }

  private days(from: CrmDatePoint, to: CrmDatePoint): Outcome {
    const start = this.day(from);
    if (!('value' in start)) return start;
    const end = this.day(to);
    if (!('value' in end)) return end;
    const days = daysBetween(String(start.value), String(end.value));
    if (days < 0) return new Invalid('days', `${String(start.value)} → ${String(end.value)}`, 'a forward span of days');
    return { value: days, provenance: [...start.provenance, ...end.provenance] };
  }

  private related(relationship: string): CrmRecord[] {
    const list = fieldValue(this.record, relationship);
    return Array.isArray(list) ? list.filter(isCrmRecord) : [];
  }

  /**
   * The day the last payment that is not retention money was collected, once every such
   * payment is: the bonus is paid after 尾款 (除质保金), so retention still due does not
   * hold it back, and an instalment still due does.
   */
  private finalPayment(): Outcome {
    const p = this.profile.payments;
    if (p === undefined) return new Missing('payments');
    const retention = new Set(p.retention.map((r) => normalizeText(r)));
    const due = this.related(p.relationship).filter((pay) => !retention.has(normalizeText(text(fieldValue(pay, p.kind) ?? ''))));
    if (due.length === 0) return new Missing(`${p.relationship} (no payment other than retention money)`);
    let last: { day: string; pay: CrmRecord; raw: unknown } | undefined;
    for (const pay of due) {
      const raw = fieldValue(pay, p.collectedOn);
      if (raw === undefined || raw === '') return new Missing(`${p.relationship} ${pay.id}.${p.collectedOn} (not collected yet)`);
      const day = calendarDay(raw, this.profile.timeZone, this.profile.dates);
      if (day === null) return new Invalid(`${pay.id}.${p.collectedOn}`, text(raw), 'date');
      if (last === undefined || day > last.day) last = { day, pay, raw };
    }
    return last === undefined ? new Missing(p.relationship) : { value: last.day, provenance: [this.provenance(last.pay, p.collectedOn, last.raw)] };
  }

  private count(source: Extract<CrmFactSource, { count: unknown }>['count']): Outcome {
    const where = source.where;
    const hits = this.related(source.relationship).filter((r) => where === undefined || where.values.includes(text(fieldValue(r, where.field) ?? '')));
    const provenance = hits.length > 0 ? hits.map((r) => this.provenance(r, where?.field ?? 'Id', where ? fieldValue(r, where.field) : r.id)) : [{ source: this.profile.vendor, object: this.record.object, recordId: this.record.id, field: source.relationship, value: '0' }];
    return { value: hits.length, provenance };
  }
}

function issue(code: CrmIssueCode, recordId: string, params: MessageParams, fact?: string): CrmIssue {
  const all = { recordId, ...params };
  return { code, recordId, ...(fact === undefined ? {} : { fact }), params: all, messages: localizedMessage(code, all) };
}

/** The record and every record related to it, at any depth: a contract's payments carry money too. */
function withRelated(record: CrmRecord): CrmRecord[] {
  const all = [record];
  for (const value of Object.values(record.fields)) {
    for (const related of Array.isArray(value) ? value : [value]) if (isCrmRecord(related)) all.push(...withRelated(related));
  }
  return all;
}

function currencyIssue(record: CrmRecord, profile: CrmProfile): CrmIssue | undefined {
  const { field, expected, whenAbsent, names } = profile.currency;
  if (field === undefined) return undefined;
  for (const r of withRelated(record)) {
    const written = fieldValue(r, field);
    const word = written === undefined || written === '' ? undefined : text(written).trim();
    // a related record without the field (a complaint) carries no money of its own
    if (word === undefined && r !== record) continue;
    const currency = word === undefined ? whenAbsent : Object.prototype.hasOwnProperty.call(names, word) ? names[word] : word.toUpperCase();
    if (currency !== expected) return issue('crmCurrencyRefused', r.id, { currency: currency ?? '(none)', expected });
  }
  return undefined;
}

/**
 * The projects of CRM records, read through a profile for one scheme: each fact with
 * its provenance. A record in another currency than the profile's is refused (never
 * converted); a record lacking a fact the scorecard needs is reported with the record
 * id and the fact; a record lacking one of the scheme's `readyWhen` facts (no
 * acceptance date yet) is listed as not ready.
 *
 * @example
 * const read = readCrmProjects(salesforceRecords(queryResult, history), { profile: salesforceProfile(), schemeId: 'tech-department/implementation-project', scorecard, schemes: presetSchemes });
 * read.projects[0]?.provenance['contractValue'] // [{ source: 'salesforce', object: 'Opportunity', recordId: '006…', field: 'Amount', value: '1,500,000.00' }]
 * @throws AdapterError `mappingUnavailable` when the scorecard is not one.
 */
export function readCrmProjects(records: readonly CrmRecord[], options: ReadCrmOptions): CrmRead {
  const { profile, schemeId } = options;
  const scheme = profile.schemes[schemeId];
  const sources: Record<string, CrmFactSource> = { ...profile.facts, ...scheme?.facts };
  const readyWhen = scheme?.readyWhen ?? [];
  const inputs = options.scorecard === undefined ? undefined : schemeContract(options.scorecard, options.schemes).inputs;
  const required = new Set(inputs?.filter((i) => i.optional !== true).map((i) => i.name) ?? []);
  // with a scorecard, only the facts it declares: a common fact of the profile (complexity) is no input of every scheme
  const declared = inputs === undefined ? undefined : new Set(inputs.map((i) => i.name));
  const wanted = [...new Set([...Object.keys(sources).filter((f) => declared === undefined || declared.has(f)), ...required])];
  const projects: CrmProject[] = [];
  const notReady: CrmNotReady[] = [];
  const issues: CrmIssue[] = [];
  for (const record of records) {
    const refused = currencyIssue(record, profile);
    if (refused) {
      issues.push(refused);
      continue;
    }
    const reader = new RecordReader(record, profile, sources);
    const subjectValue = profile.subject === undefined ? record.id : fieldValue(record, profile.subject);
    const subject = subjectValue === undefined ? record.id : text(subjectValue);
    // only a fact that is absent makes a project not ready; one written wrong is an error below
    const notYet = readyWhen.filter((f) => reader.fact(f) instanceof Missing);
    if (notYet.length > 0) {
      notReady.push({ subject, recordId: record.id, missing: notYet });
      continue;
    }
    const facts: Record<string, unknown> = {};
    const provenance: Record<string, readonly CrmProvenance[]> = {};
    const before = issues.length;
    for (const name of wanted) {
      const outcome = reader.fact(name);
      if ('value' in outcome) {
        facts[name] = outcome.value;
        provenance[name] = outcome.provenance;
      } else if (outcome instanceof Invalid) {
        issues.push(issue('crmValueInvalid', record.id, { field: outcome.field, value: outcome.written, type: outcome.type, fact: name }, name));
      } else if (required.has(name)) {
        issues.push(issue('crmFactMissing', record.id, { fact: name, source: outcome.source }, name));
      }
    }
    if (reader.usedStages) for (const value of reader.stages().unmapped()) issues.push(issue('crmUnknownStage', record.id, { value }));
    if (issues.length > before) continue;
    const name = profile.name === undefined ? undefined : fieldValue(record, profile.name);
    projects.push({ subject, ...(name === undefined ? {} : { name: text(name) }), recordId: record.id, facts, provenance });
  }
  return { projects, notReady, issues };
}
