import type { KaoheIssue } from '../errors/KaoheError';
import { renderBoth, type MessageParams } from '../locales/render';
import type { LocalizedText } from '../model/common';

/** How much a finding matters: `error` — the scheme cannot be used as it is; `warning` — it runs but a total may be wrong or unrated; `info` — worth knowing. */
export type LintSeverity = 'error' | 'warning' | 'info';

/** One finding of the scheme linter. */
export interface LintFinding {
  /** Stable code, e.g. `band_gap`. */
  readonly code: string;
  readonly severity: LintSeverity;
  /** Where in the scheme. */
  readonly path: ReadonlyArray<string | number>;
  readonly params: MessageParams;
  readonly message: LocalizedText;
}

/** Builds a finding, its message rendered in both locales from `lint.<code>`. */
export function finding(code: string, severity: LintSeverity, path: ReadonlyArray<string | number>, params: MessageParams = {}): LintFinding {
  return { code, severity, path, params, message: renderBoth(`lint.${code}`, params) };
}

/** A scheme that does not parse, as a finding; an unsafe key or a limit keeps its own explanation as the reason. */
export function invalidSchemeFinding(issue: KaoheIssue): LintFinding {
  return finding('scheme_invalid', 'error', issue.path, issue.code === 'scheme_invalid' ? issue.params : { reason: renderBoth(`error.${issue.code}`, issue.params) });
}
