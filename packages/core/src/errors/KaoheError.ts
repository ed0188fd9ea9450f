import type { Locale } from '../model/common';
import { renderMessage, type MessageParams } from '../locales/render';
import type { KaoheErrorCode } from './codes';

/** A path into a scheme or an input, as zod writes it: keys and array indices. */
export type IssuePath = ReadonlyArray<string | number>;

/** One thing wrong with a scheme or an input: a stable code, where it is, and the values that explain it. */
export interface KaoheIssue {
  readonly code: KaoheErrorCode;
  readonly path: IssuePath;
  readonly params: MessageParams;
}

/**
 * The brand every KaoheError carries, registered globally so that the ESM and the CommonJS build of
 * @kaohe/core (both loaded when one part of an app imports and another requires) agree on it.
 */
const KAOHE_ERROR: unique symbol = Symbol.for('kaohe.error') as never;

/** Options for rendering an error's message. */
export interface KaoheErrorOptions {
  /** Locale of `message`; `'en'` when absent. */
  locale?: Locale;
  /** What was being read, e.g. a file name or a subject id, prefixed to the message. */
  context?: string;
}

/**
 * The one error type kaohe throws. Its `code`, `path` and `params` are data; `message` is rendered
 * in the locale the caller asked for, and {@link KaoheError.format} renders it in another.
 *
 * `instanceof KaoheError` holds for errors of any copy of @kaohe/core — its ESM and CommonJS builds
 * are two classes when an app loads both — because the check looks for a global brand;
 * {@link isKaoheError} is the same test as a function.
 *
 * @example
 * try { compile(scheme) } catch (error) {
 *   if (error instanceof KaoheError) console.log(error.code, error.path, error.format('zh-CN'));
 * }
 */
export class KaoheError extends Error {
  override readonly name = 'KaoheError';
  /** The first issue's code (stable across versions). */
  readonly code: KaoheErrorCode;
  /** The first issue's path. */
  readonly path: IssuePath;
  /** The first issue's parameters. */
  readonly params: MessageParams;
  /** Every issue found, the first one included. */
  readonly issues: readonly KaoheIssue[];
  /** The locale `message` was rendered in. */
  readonly locale: Locale;
  /** What was being read when the error arose, if the caller said. */
  readonly context: string | undefined;

  /** Carried on the prototype, so errors stay plain to JSON, `structuredClone` and deep equality. */
  get [KAOHE_ERROR](): true {
    return true;
  }

  /**
   * Whether a value is an error of this class, from this copy of kaohe or another. Subclasses keep
   * the ordinary prototype check: only the base class can be recognised across copies.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    return this === KaoheError && hasBrand(value);
  }

  constructor(issues: KaoheIssue | readonly KaoheIssue[], options: KaoheErrorOptions = {}) {
    const list = Array.isArray(issues) ? (issues as readonly KaoheIssue[]) : [issues as KaoheIssue];
    const first = list[0];
    if (first === undefined) throw new TypeError('KaoheError needs at least one issue');
    const locale = options.locale ?? 'en';
    super(formatIssues(list, locale, options.context));
    this.code = first.code;
    this.path = first.path;
    this.params = first.params;
    this.issues = list;
    this.locale = locale;
    this.context = options.context;
  }

  /** Renders every issue in the given locale, one a line. */
  format(locale: Locale = this.locale): string {
    return formatIssues(this.issues, locale, this.context);
  }

  /** A copy of this error with a context (file, subject) and locale set. */
  withContext(context: string, locale: Locale = this.locale): KaoheError {
    const joined = this.context === undefined ? context : `${context}: ${this.context}`;
    return new KaoheError(this.issues, { locale, context: joined });
  }

  /** Plain data for JSON output. */
  toJSON(): { code: KaoheErrorCode; path: IssuePath; params: MessageParams; message: string; issues: readonly KaoheIssue[] } {
    return { code: this.code, path: this.path, params: this.params, message: this.message, issues: this.issues };
  }
}

/** Writes a path as `facts.outages[1].at`. */
export function formatPath(path: IssuePath): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? key : `.${key}`;
  }
  return text;
}

function formatIssues(issues: readonly KaoheIssue[], locale: Locale, context: string | undefined): string {
  const lines = issues.map((issue) => {
    const where = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
    return `${where}${renderMessage(locale, `error.${issue.code}`, issue.params)}`;
  });
  const prefix = context === undefined ? '' : `${context}: `;
  return lines.length === 1 ? `${prefix}${lines[0]}` : `${prefix}${lines.join('\n  ')}`;
}

function hasBrand(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { [KAOHE_ERROR]?: unknown })[KAOHE_ERROR] === true;
}

/**
 * Whether a value is a KaoheError, from this copy of kaohe or another (the ESM and the CommonJS
 * build, or a bundled copy): the same test as `instanceof KaoheError`, as a type guard. Errors of
 * kaohe versions without the brand are recognised by their name and fields.
 *
 * @example
 * try { compile(scheme) } catch (error) {
 *   if (isKaoheError(error)) console.log(error.code, error.path);
 * }
 */
export function isKaoheError(value: unknown): value is KaoheError {
  return value instanceof KaoheError || (value instanceof Error && value.name === 'KaoheError' && 'code' in value && 'issues' in value);
}
