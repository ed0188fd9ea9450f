import type { Locale } from '@kaohe/core';

/** `@kaohe/adapters`, loaded only by a run that reads a source. */
export type Adapters = typeof import('@kaohe/adapters');

/** The files of a source run: the export (each `--input`, the first being `input`) and the flags that name files beside it, as given. */
export interface SourceFiles {
  readonly input: string;
  readonly inputs: readonly string[];
  readonly stageHistory?: string | undefined;
  readonly pipelines?: string | undefined;
}

/** Reads a JSON file named on the command line (with the CLI's messages for a missing or broken file). */
export type JsonReader = (file: string) => Promise<unknown>;

/** What a source reads with: the adapters, the CLI's JSON reader, the folder relative paths start from, and the source as named (for messages). */
export interface SourceContext {
  readonly adapters: Adapters;
  readonly json: JsonReader;
  readonly cwd: string;
  readonly locale: Locale;
  readonly source: string;
}
