import type { KaoheIssue, Locale, OrgChartInput, SchemeResult } from '@kaohe/core';

/** Which forms of each result a worker sends back: the object, its compact JSON, its JSON indented by 2. */
export interface Encoding {
  readonly value: boolean;
  readonly compact: boolean;
  readonly pretty: boolean;
}

/** What a worker is started with: data only, so that it can rebuild everything on its own thread. */
export interface WorkerSetup {
  readonly scheme: string | object;
  readonly locale: Locale;
  readonly org: OrgChartInput | undefined;
  readonly encoding: Encoding;
  /** `false`: results without lines; otherwise every line is built with its result (it crosses threads whole). */
  readonly explain: boolean;
  /**
   * JSON only, as UTF-8 in one transferred buffer a batch ({@link Utf8Reply}): the output's own
   * forms, compact and (for `pretty`) as an element of the JSON output's results array.
   */
  readonly utf8: boolean;
}

/** One subject's outcome as it crosses threads: a result in the asked forms, or kaohe's error as data. */
export type Outcome =
  | { readonly ok: true; readonly value?: SchemeResult; readonly compact?: string; readonly pretty?: string }
  | { readonly ok: false; readonly issues: readonly KaoheIssue[]; readonly context: string | undefined };

/** A subject of a batch kaohe could not appraise: its place in the batch and its error as data. */
export interface JoinedFailure {
  readonly at: number;
  readonly issues: readonly KaoheIssue[];
  readonly context: string | undefined;
}

/**
 * Between the JSON texts of a joined reply: JSON.stringify writes a NUL inside a string as `\u0000`,
 * so a raw one never occurs in its output, compact or indented.
 */
export const JOINED_SEPARATOR = '\0';

/**
 * A batch's JSON as the output writes it: each result's texts (compact, then as an element of the
 * JSON output's results array, each as asked, subject after subject) in UTF-8, one after the other
 * in `bytes`, the text `i` ending at `ends[i]`. Its buffer is transferred, not copied: the main
 * thread writes the bytes as they are, with no string to copy between threads or to encode again.
 */
export interface Utf8Reply {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly ends: Uint32Array;
  readonly failures: readonly JoinedFailure[];
}

/**
 * A worker's reply to a batch: its outcomes in order; or, when only JSON is asked for, the JSON
 * texts of its results joined by {@link JOINED_SEPARATOR} (compact then indented, each as asked,
 * subject after subject) with the failures apart — one string crosses threads rather than an
 * object and a string per subject; or those texts as UTF-8 ({@link Utf8Reply}); or a fault that ends the run (`id` -1: the scheme would not compile).
 */
export type BatchReply =
  | { readonly id: number; readonly outcomes: readonly Outcome[] }
  | { readonly id: number; readonly joined: string; readonly failures: readonly JoinedFailure[] }
  | Utf8Reply
  | { readonly id: number; readonly fault: { readonly issues: readonly KaoheIssue[]; readonly context: string | undefined } | { readonly message: string } };
