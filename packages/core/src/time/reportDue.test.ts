import { describe, expect, it } from 'vitest';
import { reportDueDate, reportTimeliness } from './reportDue';

describe('report due dates (seed 004)', () => {
  it('weekly: the Monday after the week covered', () => {
    expect(reportDueDate('weekly', '2026-W40')?.iso).toBe('2026-10-05');
    expect(reportDueDate('weekly', '2026-10-04')?.iso).toBe('2026-10-05');
    expect(reportDueDate('weekly', '2026-10-05')?.iso).toBe('2026-10-12');
    expect(reportDueDate('weekly', '2026-W53')).toBeDefined();
  });

  it('monthly: by the 3rd of the next month, the 3rd included', () => {
    expect(reportDueDate('monthly', '2026-09')?.iso).toBe('2026-10-03');
    expect(reportDueDate('monthly', '2026-12')?.iso).toBe('2027-01-03');
    expect(reportTimeliness('monthly', '2026-09', '2026-10-03')?.late).toBe(false);
    expect(reportTimeliness('monthly', '2026-09', '2026-10-04')).toMatchObject({ late: true, daysLate: 1 });
  });

  it('quarterly and annual: by the 3rd of the month after', () => {
    expect(reportDueDate('quarterly', '2026-Q3')?.iso).toBe('2026-10-03');
    expect(reportDueDate('quarterly', '2026-Q4')?.iso).toBe('2027-01-03');
    expect(reportDueDate('annual', '2026')?.iso).toBe('2027-01-03');
  });

  it('reads "3日前" strictly when asked', () => {
    expect(reportDueDate('monthly', '2026-09', { dueDayInclusive: false })?.iso).toBe('2026-10-02');
  });

  it('returns undefined for a period written for another kind', () => {
    expect(reportDueDate('monthly', '2026-Q3')).toBeUndefined();
    expect(reportDueDate('quarterly', '2026-09')).toBeUndefined();
  });
});

describe('report due dates in time linear in the reports', () => {
  it('reads a schedule once, however many reports fall due by it', () => {
    let reads = 0;
    const schedule = new Proxy({ dueDay: 5 }, { get: (target, key, receiver) => ((reads += 1), Reflect.get(target, key, receiver) as unknown) });
    expect(reportDueDate('monthly', '2026-09', schedule)?.iso).toBe('2026-10-05');
    const once = reads;
    for (let month = 1; month <= 12; month += 1) reportDueDate('monthly', `2026-${String(month).padStart(2, '0')}`, schedule);
    expect(reads).toBe(once);
  });

  it('counts days late without walking them', () => {
    expect(reportTimeliness('monthly', '2026-09', '2126-10-04')?.daysLate).toBe(36525);
  });
});
