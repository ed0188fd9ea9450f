// Typed use of every packed package. Copied to .mts and .cts and checked under nodenext and
// node16 (and as .ts under bundler) with skipLibCheck off, so every shipped .d.ts is checked too.
import { compile, appraiseSync, toDecimal, KaoheError, isKaoheError, type Decimal, type SchemeResult } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { toDecimalString, type Mapping } from '@kaohe/adapters';
import { EXIT, type CliIo } from '@kaohe/cli';

const half: Decimal = toDecimal('0.5');
export const doubled: string = half.plus(toDecimal(1)).times(2).toFixed(2);

const entry = getPreset('tech-support-center/presales-engineer');
export const result: SchemeResult = appraiseSync(compile(entry!.scheme, { schemes: presetSchemes }), {
  subject: 'TSC-004',
  period: '2026-Q3',
  facts: { projectsApproved: 10, projectsWon: 6, salesTargetAchievement: '0.95' },
});

export function codeOf(error: unknown): string | undefined {
  if (error instanceof KaoheError) return error.code;
  return isKaoheError(error) ? error.code : undefined;
}

export const canonical: string | null = toDecimalString('1,234.50');
export const usage: number = EXIT.usage;
export type Exported = [Mapping, CliIo];
