import type { LocalizedText } from '../model/common';
import { LIMITS, numberBreach, type LimitBreach, type LimitName } from '../limits';
import { KaoheError, type IssuePath, type KaoheIssue } from './KaoheError';

const WHAT: Record<LimitName, LocalizedText> = {
  depth: { en: 'nesting depth', 'zh-CN': '嵌套深度' },
  stringLength: { en: 'string length', 'zh-CN': '字符串长度' },
  entries: { en: 'number of entries', 'zh-CN': '条目数' },
  integerDigits: { en: 'integer digits', 'zh-CN': '整数位数' },
  decimalPlaces: { en: 'decimal places', 'zh-CN': '小数位数' },
};

/** The `limit_exceeded` issue for a breach at a path. */
export function limitIssue(breach: LimitBreach, path: IssuePath): KaoheIssue {
  const what = breach.number === undefined ? WHAT[breach.limit] : numberWhat(breach.limit, breach.number);
  return { code: 'limit_exceeded', path, params: { limit: breach.limit, what, value: breach.value, max: LIMITS[breach.limit] } };
}

/**
 * The `limit_exceeded` error for a breach at a path.
 *
 * @example
 * throw limitError({ limit: 'depth', value: 65 }, ['facts', 'x']);
 */
export function limitError(breach: LimitBreach, path: IssuePath): KaoheError {
  return new KaoheError(limitIssue(breach, path));
}

function numberWhat(limit: LimitName, number: string): LocalizedText {
  const shown = number.length > 40 ? `${number.slice(0, 40)}…` : number;
  return { en: `${WHAT[limit].en} of ${shown}`, 'zh-CN': `${shown} 的${WHAT[limit]['zh-CN']}` };
}

/**
 * Refuses a number past `integerDigits` or `decimalPlaces`.
 *
 * @example
 * assertNumberWithinLimits('12.5', ['facts', 'amount']); // passes
 * @throws {KaoheError} `limit_exceeded` naming the limit, the number and the path.
 */
export function assertNumberWithinLimits(value: number | string, path: IssuePath): void {
  const breach = numberBreach(value);
  if (breach !== undefined) throw limitError(breach, path);
}
