import type { OrderCondition, OrderSpec, Payer } from '@kaohe/core';
import { durationText } from './describeDeadline';

/** A timestamp or flag of an order in words, with its field name: `contact with the user (\`contactedAt\`)`. */
function fieldText(spec: OrderSpec, name: string): string {
  const named = [spec.start, ...spec.timestamps, ...spec.flags, ...spec.people].find((field) => field.name === name);
  return named === undefined ? `\`${name}\`` : `${named.label.en} (\`${name}\`)`;
}

/**
 * An order condition in English words: a deadline missed, a flag set, or `any`/`all` of those.
 *
 * @example
 * describeOrderCondition({ missed: { step: 'contactedAt', within: { minutes: 10 }, boundary: 'inclusive' } }, spec);
 * // 'no contact with the user (`contactedAt`) within 10 minutes of dispatch (`dispatchedAt`) (exactly 10 minutes is on time)'
 */
export function describeOrderCondition(condition: OrderCondition, spec: OrderSpec): string {
  const wrap = (c: OrderCondition): string => ('any' in c || 'all' in c ? `(${describeOrderCondition(c, spec)})` : describeOrderCondition(c, spec));
  if ('any' in condition) return condition.any.map(wrap).join(' or ');
  if ('all' in condition) return condition.all.map(wrap).join(' and ');
  if ('flag' in condition) return `flagged ${fieldText(spec, condition.flag)}`;
  const missed = condition.missed;
  const step = fieldText(spec, missed.step);
  if ('by' in missed) {
    const edge = missed.boundary === 'inclusive' ? 'that time itself is on time' : 'that time itself is already late';
    return `no ${step} by the time ${fieldText(spec, missed.by)} when the order carries one (${edge})`;
  }
  const from = fieldText(spec, missed.from ?? spec.start.name);
  const limit = durationText(missed.within);
  const edge = missed.boundary === 'inclusive' ? `exactly ${limit} is on time` : `exactly ${limit} is already late`;
  return `no ${step} within ${limit} of ${from} (${edge})`;
}

/** How a collective fine finds its payer, in words. */
export function describePayer(payer: Payer): string {
  switch (payer.from) {
    case 'subject':
      return 'the person appraised';
    case 'reportingLine':
      return "the nearest holder of the role up the person's reporting line";
    case 'holder':
      return 'the only holder of the role in the chart';
    case 'orderField':
      return `the person the order's \`${payer.field}\` field names`;
  }
}
