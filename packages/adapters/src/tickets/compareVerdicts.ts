import type { TicketNotice, TicketRead } from './ticketOrders.js';
import { ticketNotice } from './ticketOrders.js';

/** The lines of a regime result this needs (a `RegimeResult` of `@kaohe/core` fits). */
export interface VerdictLines {
  readonly lines: ReadonlyArray<{ readonly code: string; readonly rule: string; readonly ref: string | null; readonly facts: Readonly<Record<string, unknown>> }>;
}

const LATE = new Set(['regime.check.late', 'regime.check.absent']);
const MET = new Set(['regime.check.met']);

/**
 * Compares the service desk's own SLA verdicts (breached or not) with kaohe's checks of
 * the same step by the same rule, for one subject's result. kaohe's verdict is the one
 * applied — its deadlines and calendars are the scheme's — and every ticket where the
 * two differ is reported, never settled silently. A step kaohe did not decide (pending,
 * not applicable) is not compared.
 *
 * @example
 * compareVerdicts(read, 'T-001', appraiseRegime(compiled, input)).map((n) => n.message.en);
 */
export function compareVerdicts(read: TicketRead, subject: string, result: VerdictLines): TicketNotice[] {
  const notices: TicketNotice[] = [];
  for (const v of read.verdicts) {
    if (v.subject !== subject) continue;
    // A check line's facts hold the order, the step it counts from, then the step checked.
    // A verdict without step and rule is on the whole ticket: any late check makes it breached.
    const lines = result.lines.filter(
      (l) => l.ref === v.ticket && (v.rule === undefined || l.rule === v.rule) && (v.step === undefined || Object.keys(l.facts).at(-1) === v.step),
    );
    const late = lines.some((l) => LATE.has(l.code));
    if (!late && !lines.some((l) => MET.has(l.code))) continue;
    if (late === v.breached) continue;
    const said = { metric: v.metric, source: v.breached ? 'breached' : 'met', kaohe: late ? 'late' : 'met' };
    notices.push(
      v.step === undefined || v.rule === undefined
        ? ticketNotice('ticketVerdictDisagreesOverall', v.ticket, said)
        : ticketNotice('ticketVerdictDisagrees', v.ticket, { ...said, step: v.step, rule: v.rule }),
    );
  }
  return notices;
}
