import type { LocalizedText } from '@kaohe/core';

/** Where a preset stands: ready to use, an incomplete source kept as a draft, or a template to fill in. */
export type PresetStatus = 'complete' | 'draft' | 'template';

/** One preset of the catalogue. */
export interface PresetEntry {
  /** The preset id, `<organisation>/<position>`, e.g. `tech-support-center/presales-engineer`. */
  readonly id: string;
  readonly name: LocalizedText;
  /** The organisation id the scheme belongs to. */
  readonly organisation: string;
  /** The seed documents the scheme is written from. */
  readonly sources: readonly string[];
  readonly status: PresetStatus;
  /** The preset's number in the catalogue, by organisation and position (`2.1`); the preset pages head each scheme with it. */
  readonly section: string;
  /** The scheme as plain JSON data (a scorecard or another scheme kind). */
  readonly scheme: unknown;
  /** Whether this is the literal reading of a scheme, kept for the linter beside the chosen one. */
  readonly literal?: boolean;
}
