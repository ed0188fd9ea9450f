import type { AdapterErrorCode } from './issueCodes.js';
import { localizedMessage, type Locale, type LocalizedText, type MessageParams } from './localizedMessage.js';

/**
 * The error this package throws when a whole file, sheet or mapping cannot be used
 * (a single bad cell is never thrown: it is reported as a {@link CellIssue}).
 * Shaped like `KaoheError` of `@kaohe/core`: a stable `code`, the `path` of what
 * is wrong, the `params` of the message, and the message in both locales.
 */
export class AdapterError extends Error {
  /** Stable code, for programs. */
  readonly code: AdapterErrorCode;
  /** Where the problem is: file, sheet, mapping path. */
  readonly path: readonly (string | number)[];
  /** The values the message names. */
  readonly params: MessageParams;
  /** The message in both locales. */
  readonly messages: LocalizedText;

  constructor(
    code: AdapterErrorCode,
    params: MessageParams,
    path: readonly (string | number)[] = [],
    locale: Locale = 'en',
  ) {
    const messages = localizedMessage(code, params);
    super(messages[locale]);
    this.name = 'AdapterError';
    this.code = code;
    this.path = path;
    this.params = params;
    this.messages = messages;
  }
}
