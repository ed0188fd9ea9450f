/**
 * Where a fact of a result came from, as `kaohe appraise` prints it beside a result of a source run
 * (`sources`): the fact (`contractValue`, or `orders[2].contactedAt` for a field of one order), the
 * source that gave it, and the file, row (the record's 1-based position in the export), record,
 * object and field where known, with the value as the source wrote it.
 */
export interface FactSource {
  readonly fact: string;
  readonly source: string;
  readonly file?: string;
  readonly row?: number;
  readonly record: string;
  readonly object?: string;
  readonly field: string;
  readonly value?: string;
}

/** The facts' sources of each subject of a source run, by subject. */
export type FactSources = ReadonlyMap<string, readonly FactSource[]>;
