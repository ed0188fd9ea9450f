import type { CrmProvenance, CrmStageEntry } from './crmRecord.js';

/** A stage entry with seed 002's stage number, or `undefined` when the profile does not map it. */
interface NumberedEntry {
  readonly stage: string | undefined;
  readonly entry: CrmStageEntry;
}

/** The day a stage began or ended, and the history row that says so. */
export interface StageDay {
  readonly at: string;
  readonly provenance: CrmProvenance;
}

/**
 * The stages a record passed through, numbered by the profile's stage map, with the
 * days each numbered stage began and ended.
 *
 * A stage re-entered (a bid sent back from 4 招投标 to 3 方案确认 and resubmitted)
 * counts from its **first** entry to its **last** exit: the schedule measures the
 * whole span the team worked on that part of the project, so days spent redoing it
 * are counted, not hidden by restarting the clock at the re-entry.
 */
export class StageTimeline {
  private readonly entries: readonly NumberedEntry[];

  constructor(entries: readonly CrmStageEntry[], stageMap: Readonly<Record<string, string>>) {
    const numbered: NumberedEntry[] = [];
    for (const entry of entries) {
      const stage = Object.prototype.hasOwnProperty.call(stageMap, entry.value) ? stageMap[entry.value] : undefined;
      // a history row that repeats the current stage changes nothing
      if (numbered.length > 0 && numbered[numbered.length - 1]?.entry.value === entry.value) continue;
      numbered.push({ stage, entry });
    }
    this.entries = numbered;
  }

  /** Stage values the profile's map does not name. */
  unmapped(): string[] {
    return [...new Set(this.entries.filter((e) => e.stage === undefined).map((e) => e.entry.value))];
  }

  /** The day the stage was first entered. */
  entered(stage: string): StageDay | undefined {
    const first = this.entries.find((e) => e.stage === stage);
    return first && { at: first.entry.at, provenance: first.entry.provenance };
  }

  /** The day the stage was last left (entering the next different stage); `undefined` while the record is still in it or never was. */
  left(stage: string): StageDay | undefined {
    let last = -1;
    this.entries.forEach((e, i) => {
      if (e.stage === stage) last = i;
    });
    if (last < 0) return undefined;
    const next = this.entries.slice(last + 1).find((e) => e.stage !== stage);
    return next && { at: next.entry.at, provenance: next.entry.provenance };
  }
}
