// Deliberate type errors: tsc must report each one. If Decimal degrades to `any`, it reports none.
import { toDecimal } from '@kaohe/core';

export const asNumber: number = toDecimal('1');
export const missing = toDecimal('1').plusPercent(5);
