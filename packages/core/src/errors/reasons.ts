import type { MessageParams } from '../locales/render';

/** Parameters of an `input_invalid` issue: what was expected and what came, in both locales. */
export function expectedButGot(expected: string, received: string): MessageParams {
  return {
    reason: { en: `expected ${expected}, received ${received}`, 'zh-CN': `应为 ${expected},实为 ${received}` },
    expected,
    received,
  };
}
