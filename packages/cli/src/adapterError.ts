/** An error of `@kaohe/adapters`, as the CLI uses it. */
export interface AdapterErrorLike extends Error {
  readonly code: string;
  format(locale: 'zh-CN' | 'en'): string;
}

/**
 * An error of `@kaohe/adapters` (a file or mapping that cannot be used), told by name so that
 * the module stays unloaded when no spreadsheet is read.
 *
 * @example
 * const bad = adapterError(error); if (bad) io.stderr.write(bad.format('zh-CN'));
 */
export function adapterError(error: unknown): AdapterErrorLike | null {
  return error instanceof Error && error.name === 'AdapterError' && typeof (error as { format?: unknown }).format === 'function' ? (error as AdapterErrorLike) : null;
}
