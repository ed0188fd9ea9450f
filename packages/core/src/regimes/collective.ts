import type { LocalizedText } from '../model/common';
import type { OrgChart } from '../model/orgChart';
import { findInReportingLine, personById, roleHolders } from '../org/reportingLine';
import type { Payer } from './PenaltyRegime';
import type { OrderRecord } from './regimeInput';

/** A payer of a collective fine, resolved to a person (or not, with the reason). */
export interface ResolvedPayer {
  readonly role: string;
  readonly roleName: LocalizedText;
  readonly person: string | null;
  readonly personName: string | null;
  /** Why no one was found; absent when a person was. */
  readonly unresolved?: LocalizedText;
}

/** What a payer is resolved against. */
export interface PayerContext {
  readonly org: OrgChart | undefined;
  readonly subject: string;
  readonly subjectName: string | null;
  readonly order: OrderRecord;
}

function roleName(payer: Payer, org: OrgChart | undefined): LocalizedText {
  return payer.name ?? org?.roles.find((role) => role.id === payer.role)?.name ?? { en: payer.role, 'zh-CN': payer.role };
}

/**
 * Resolves a payer of a collective fine to a person: the subject; the nearest holder of the role up
 * the subject's reporting line; the one holder of the role in the org chart; or the person an
 * order field names (e.g. the customer-service agent who dispatched the order).
 *
 * @example
 * resolvePayer({ role: 'station-head', from: 'reportingLine' }, { org, subject: 'T-001', subjectName: null, order }).person; // 'S-01'
 */
export function resolvePayer(payer: Payer, ctx: PayerContext): ResolvedPayer {
  const { org, subject } = ctx;
  const base = { role: payer.role, roleName: roleName(payer, org) };
  const nameOf = (id: string): string | null => (org === undefined ? undefined : personById(org, id))?.name ?? null;
  const none = (en: string, zh: string): ResolvedPayer => ({ ...base, person: null, personName: null, unresolved: { en, 'zh-CN': zh } });
  switch (payer.from) {
    case 'subject':
      return { ...base, person: subject, personName: nameOf(subject) ?? ctx.subjectName };
    case 'orderField': {
      const id = ctx.order.people.get(payer.field);
      if (id === undefined) return none(`order ${ctx.order.id} names no ${payer.field}`, `工单 ${ctx.order.id} 未填写 ${payer.field}`);
      return { ...base, person: id, personName: nameOf(id) };
    }
    case 'reportingLine': {
      if (org === undefined) return none('no org chart was given', '未提供组织架构');
      if (personById(org, subject) === undefined) return none(`${subject} is not in the org chart`, `组织架构中没有 ${subject}`);
      const found = findInReportingLine(org, subject, payer.role);
      return found === undefined ? none(`no ${payer.role} up the reporting line of ${subject}`, `${subject} 的汇报线上没有 ${payer.role}`) : { ...base, person: found.id, personName: found.name };
    }
    case 'holder': {
      if (org === undefined) return none('no org chart was given', '未提供组织架构');
      const holders = roleHolders(org, payer.role);
      const only = holders[0];
      if (holders.length !== 1 || only === undefined) return none(`${holders.length} people hold ${payer.role}`, `${payer.role} 有 ${holders.length} 人`);
      return { ...base, person: only.id, personName: only.name };
    }
  }
}
