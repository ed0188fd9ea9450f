import type { AdapterErrorCode } from './issueCodes.js';
import { localizedMessage, type Locale, type LocalizedText, type MessageParams } from './localizedMessage.js';

/** One thing that keeps a file or mapping from being used: a stable code, where it is, and the values that explain it. */
export interface AdapterIssue {
  readonly code: AdapterErrorCode;
  readonly path: readonly (string | number)[];
  readonly params: MessageParams;
}

/**
 * The error this package throws when a whole file, sheet or mapping cannot be used
 * (an unreadable file, a sheet without its header row, an invalid mapping). A bad
 * cell is never thrown: it is data, reported as a `CellIssue` in the read's report.
 *
 * Shaped like `KaoheError` of `@kaohe/core` — `code`, `path`, `params`, `issues`,
 * `locale`, `context`, `format(locale)`, `withContext(context)`, `toJSON()` — with
 * this package's own codes ({@link ADAPTER_ERROR_CODES}), and `messages` in both
 * locales. Tell the two apart by `name` (`'AdapterError'`) or with {@link isAdapterError}.
 *
 * @example
 * try { await readAllInputs('考核.xlsx', { mapping }); } catch (error) {
 *   if (isAdapterError(error)) console.error(error.code, error.format('zh-CN'));
 * }
 */
export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  /** Stable code, for programs. */
  readonly code: AdapterErrorCode;
  /** Where the problem is: file, sheet, mapping path. */
  readonly path: readonly (string | number)[];
  /** The values the message names. */
  readonly params: MessageParams;
  /** The issue, as a list (one issue), like `KaoheError.issues`. */
  readonly issues: readonly AdapterIssue[];
  /** The message in both locales (without the context). */
  readonly messages: LocalizedText;
  /** The locale `message` is rendered in. */
  readonly locale: Locale;
  /** What was being read (a file name), prefixed to the message, if given. */
  readonly context: string | undefined;

  constructor(
    code: AdapterErrorCode,
    params: MessageParams,
    path: readonly (string | number)[] = [],
    locale: Locale = 'en',
    context?: string,
  ) {
    const messages = localizedMessage(code, params);
    super(context === undefined ? messages[locale] : `${context}: ${messages[locale]}`);
    this.code = code;
    this.path = path;
    this.params = params;
    this.issues = [{ code, path, params }];
    this.messages = messages;
    this.locale = locale;
    this.context = context;
  }

  /** The message in a locale, with the context. */
  format(locale: Locale = this.locale): string {
    return this.context === undefined ? this.messages[locale] : `${this.context}: ${this.messages[locale]}`;
  }

  /** A copy with a context (a file name) and a locale. */
  withContext(context: string, locale: Locale = this.locale): AdapterError {
    const joined = this.context === undefined ? context : `${context}: ${this.context}`;
    return new AdapterError(this.code, this.params, this.path, locale, joined);
  }

  /** Plain data for JSON output. */
  toJSON(): { code: AdapterErrorCode; path: readonly (string | number)[]; params: MessageParams; message: string; issues: readonly AdapterIssue[] } {
    return { code: this.code, path: this.path, params: this.params, message: this.message, issues: this.issues };
  }
}

/**
 * Whether a value is an {@link AdapterError} (also across bundle copies).
 *
 * @example
 * if (isAdapterError(error)) process.exitCode = 1;
 */
export function isAdapterError(value: unknown): value is AdapterError {
  return value instanceof AdapterError || (value instanceof Error && value.name === 'AdapterError' && 'code' in value && 'messages' in value);
}
