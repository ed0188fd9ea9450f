import { KaoheError } from '../errors/KaoheError';
import type { Appraisal } from './Appraisal';
import { appraise, type AppraiseOptions } from './appraise';
import { compile, type CompileOptions, type CompiledScorecard } from './compile';
import { appraiseRegime, type RegimeOptions } from '../regimes/appraiseRegime';
import { compileRegime, type CompiledRegime } from '../regimes/compileRegime';
import type { RegimeResult } from '../regimes/RegimeResult';

/** Any compiled scheme kaohe can appraise with. */
export type CompiledScheme = CompiledScorecard | CompiledRegime;

/** The result of appraising one subject with any scheme. */
export type SchemeResult = Appraisal | RegimeResult;

/**
 * Compiles a scheme of any kind, told apart by its `kind` field.
 *
 * @example
 * const compiled = compileScheme(JSON.parse(text));
 * @throws {KaoheError} `scheme_invalid` for an unknown kind, and whatever the kind's compiler throws.
 */
export function compileScheme(data: unknown, options: CompileOptions = {}): CompiledScheme {
  const kind = typeof data === 'object' && data !== null ? (data as { kind?: unknown }).kind : undefined;
  switch (kind) {
    case 'scorecard':
      return compile(data, options);
    case 'penaltyRegime':
      return compileRegime(data, options.locale === undefined ? {} : { locale: options.locale });
    default:
      throw new KaoheError(
        { code: 'scheme_invalid', path: ['kind'], params: { reason: { en: `unknown scheme kind ${JSON.stringify(kind)}`, 'zh-CN': `未知的方案类型 ${JSON.stringify(kind)}` } } },
        options.locale === undefined ? {} : { locale: options.locale },
      );
  }
}

/**
 * Appraises one subject with a compiled scheme of any kind.
 *
 * @example
 * const result = await appraiseScheme(compiled, input);
 */
export async function appraiseScheme(compiled: CompiledScheme, input: unknown, options: AppraiseOptions & RegimeOptions = {}): Promise<SchemeResult> {
  switch (compiled.kind) {
    case 'compiledScorecard':
      return appraise(compiled, input, options);
    case 'compiledPenaltyRegime':
      return appraiseRegime(compiled, input, options);
  }
}
