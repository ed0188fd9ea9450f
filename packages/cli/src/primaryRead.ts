import type { SubjectPart, TicketRead } from '@kaohe/adapters';
import type { FactSources } from './factSource';
import type { CellWarning, RejectedRow } from './spreadsheetInput';

/** A source whose subjects are appraised (a CRM, a service desk), read into subject parts and what it left out. */
export interface PrimaryRead {
  readonly parts: readonly SubjectPart[];
  /** Each record left out, with its id and why. */
  readonly rejected: readonly RejectedRow[];
  /** What to look at without failing the run: a project not ready, a zone assumed, a ticket reopened. */
  readonly warnings: readonly CellWarning[];
  /** Records read, and those made into a subject's facts. */
  readonly records: number;
  readonly used: number;
  /** A service desk's read, whose own SLA verdicts are compared with each result. */
  readonly verdicts: TicketRead | null;
  /** Where each subject's facts came from, for the results (none for a plain JSON input). */
  readonly sources: FactSources;
}
