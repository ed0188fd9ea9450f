import type { MessageParams } from '../locales/render';
import type { LocalizedText } from '../model/common';

const TERMS: Record<string, LocalizedText> = {
  number: { en: 'a number', 'zh-CN': '数字' },
  'a number': { en: 'a number', 'zh-CN': '数字' },
  count: { en: 'a whole number ≥ 0', 'zh-CN': '不小于 0 的整数' },
  'a whole number': { en: 'a whole number', 'zh-CN': '整数' },
  'a whole number ≥ 0': { en: 'a whole number ≥ 0', 'zh-CN': '不小于 0 的整数' },
  'true or false': { en: 'true or false', 'zh-CN': 'true 或 false' },
  'a string': { en: 'a string', 'zh-CN': '字符串' },
  date: { en: 'a date YYYY-MM-DD', 'zh-CN': '日期 YYYY-MM-DD' },
  'a date YYYY-MM-DD': { en: 'a date YYYY-MM-DD', 'zh-CN': '日期 YYYY-MM-DD' },
  events: { en: 'a list of events', 'zh-CN': '事件列表' },
  'a list of events': { en: 'a list of events', 'zh-CN': '事件列表' },
  'an object': { en: 'an object', 'zh-CN': '对象' },
};

function term(expected: string | LocalizedText): LocalizedText {
  if (typeof expected !== 'string') return expected;
  const known = TERMS[expected];
  if (known !== undefined) return known;
  const oneOf = /^one of (.*)$/.exec(expected);
  if (oneOf !== null) return { en: expected, 'zh-CN': `${oneOf[1] ?? ''} 之一` };
  const bound = /^a number ([≥≤]) (.*)$/.exec(expected);
  if (bound !== null) return { en: expected, 'zh-CN': `${bound[1] === '≥' ? '不小于' : '不大于'} ${bound[2] ?? ''} 的数字` };
  return { en: expected, 'zh-CN': expected };
}

/** Parameters of an `input_invalid` issue: what was expected and what came, in both locales. */
export function expectedButGot(expected: string | LocalizedText, received: string): MessageParams {
  const wanted = term(expected);
  return {
    reason: { en: `expected ${wanted.en}, received ${received}`, 'zh-CN': `应为${wanted['zh-CN']},实为 ${received}` },
    expected: wanted.en,
    received,
  };
}
