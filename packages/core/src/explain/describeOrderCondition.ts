import type { OrderCondition } from '../regimes/orderCondition';
import type { OrderSpec, Payer } from '../regimes/PenaltyRegime';
import { byLocale, nameText, type DescribeOptions } from './DescribeOptions';
import { durationText } from './describeDeadline';

/** A timestamp or flag of an order in words, with its field name: `contact with the user (\`contactedAt\`)`. */
function fieldText(spec: OrderSpec, name: string, options: DescribeOptions): string {
  const named = [spec.start, ...spec.timestamps, ...spec.flags, ...spec.people].find((field) => field.name === name);
  if (named === undefined) return nameText(name, options);
  return byLocale(options, `${named.label['zh-CN']}(${nameText(name, options)})`, `${named.label.en} (${nameText(name, options)})`);
}

/**
 * An order condition in words: a deadline missed, a flag set, or `any`/`all` of those.
 *
 * @example
 * const spec = OrderSpec.parse({ kinds: [{ id: 'install', name: { en: 'installation', 'zh-CN': '装机' } }], timestamps: [{ name: 'contactedAt', label: { en: 'contact with the user', 'zh-CN': '联系用户' } }] });
 * describeOrderCondition({ missed: { step: 'contactedAt', within: { minutes: 10 }, boundary: 'inclusive' } }, spec, { locale: 'en', markdown: true });
 * // 'no contact with the user (`contactedAt`) within 10 minutes of dispatch (`dispatchedAt`) (exactly 10 minutes is on time)'
 */
export function describeOrderCondition(condition: OrderCondition, spec: OrderSpec, options: DescribeOptions): string {
  const wrap = (c: OrderCondition): string => ('any' in c || 'all' in c ? `(${describeOrderCondition(c, spec, options)})` : describeOrderCondition(c, spec, options));
  if ('any' in condition) return condition.any.map(wrap).join(byLocale(options, ' 或 ', ' or '));
  if ('all' in condition) return condition.all.map(wrap).join(byLocale(options, ' 且 ', ' and '));
  if ('flag' in condition) return byLocale(options, `标记了${fieldText(spec, condition.flag, options)}`, `flagged ${fieldText(spec, condition.flag, options)}`);
  const missed = condition.missed;
  const step = fieldText(spec, missed.step, options);
  const inclusive = missed.boundary === 'inclusive';
  if ('by' in missed) {
    const by = fieldText(spec, missed.by, options);
    return byLocale(
      options,
      `工单有${by}时,未在该时间前完成${step}(${inclusive ? '恰在该时间仍算按时' : '恰在该时间即为超时'})`,
      `no ${step} by the time ${by} when the order carries one (${inclusive ? 'that time itself is on time' : 'that time itself is already late'})`,
    );
  }
  const from = fieldText(spec, missed.from ?? spec.start.name, options);
  const limit = durationText(missed.within, options);
  return byLocale(
    options,
    `${from}后 ${limit} 内未${step}(恰好 ${limit} ${inclusive ? '仍算按时' : '即为超时'})`,
    `no ${step} within ${limit} of ${from} (exactly ${limit} is ${inclusive ? 'on time' : 'already late'})`,
  );
}

/**
 * How a collective fine finds its payer, in words.
 *
 * @example
 * describePayer({ role: 'station-head', from: 'reportingLine' }, { locale: 'zh-CN' }); // '被考核人汇报线上最近的该角色持有人'
 */
export function describePayer(payer: Payer, options: DescribeOptions): string {
  switch (payer.from) {
    case 'subject':
      return byLocale(options, '被考核人本人', 'the person appraised');
    case 'reportingLine':
      return byLocale(options, '被考核人汇报线上最近的该角色持有人', "the nearest holder of the role up the person's reporting line");
    case 'holder':
      return byLocale(options, '组织架构中该角色的唯一持有人', 'the only holder of the role in the chart');
    case 'orderField':
      return byLocale(options, `工单 ${nameText(payer.field, options)} 字段所指的人`, `the person the order's ${nameText(payer.field, options)} field names`);
  }
}
