import { AdapterError } from './AdapterError.js';

/** Slots of the cache of entries by subject (a power of two); a subject may sit in its slot or the next one. */
const SLOTS = 1 << 14;
/**
 * Subjects this long or shorter go through the cache: a parser gives them as strings of
 * their own (a longer piece of a line may be a view into the line, slower to read).
 */
const SHORT = 12;

/** What a read gathers for one subject in one period. */
export interface Entry {
  /** Its number, in order of first appearance (the owner of its events in an `EventTable`). */
  readonly id: number;
  subject: string;
  period: string;
  /** The display name its subject-table row gives (see `readSubjectName`), if any. */
  name: string | undefined;
  facts: Record<string, unknown>;
  ratings: Record<string, string | number | Record<string, string | number>> | null;
  subjectRow: string | null;
  rejectedRows: string[];
  /** Set for an entry of events read without a period: the entry of the subject they join. */
  joins: Entry | null;
}

/**
 * The entries of a read, by period then by subject (most files have one period: one
 * cheap lookup, then the subject's; no key string is built per row), in order of
 * first appearance. The last entry found is remembered, since rows of a subject
 * usually follow one another; and entries of short subjects are also found through a
 * two-way cache indexed by a hash of the subject's characters, which costs less than
 * the hash `Map` computes for each new string (a CSV gives a new one each row).
 */
export class SubjectEntries {
  /** Entries in order of first appearance. */
  private list: Entry[] = [];
  private readonly byPeriod = new Map<string, Map<string, Entry>>();
  private last: Entry | null = null;
  private lastPeriod: string | null = null;
  private lastBySubject: Map<string, Entry> | undefined = undefined;
  private slots: (Entry | undefined)[] = new Array<Entry | undefined>(SLOTS);

  /** The entry of a subject and period, if read before. */
  find(subject: string, period: string): Entry | undefined {
    const last = this.last;
    if (last !== null && last.subject === subject && last.period === period) return last;
    const length = subject.length;
    if (length > SHORT) return this.lookup(subject, period);
    let hash = length;
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ subject.charCodeAt(i), 0x01000193);
    const slot = (hash ^ (hash >>> 15)) & (SLOTS - 1);
    const slots = this.slots;
    const first = slots[slot];
    if (first !== undefined && first.subject === subject && first.period === period) return (this.last = first);
    const second = slots[slot ^ 1];
    if (second !== undefined && second.subject === subject && second.period === period) return (this.last = second);
    const entry = this.lookup(subject, period);
    if (entry !== undefined) slots[first !== undefined && second === undefined ? slot ^ 1 : slot] = entry;
    return entry;
  }

  private lookup(subject: string, period: string): Entry | undefined {
    if (period !== this.lastPeriod) {
      this.lastPeriod = period;
      this.lastBySubject = this.byPeriod.get(period);
    }
    const entry = this.lastBySubject?.get(subject);
    if (entry !== undefined) this.last = entry;
    return entry;
  }

  /** A new entry for a subject and period not read before. */
  add(subject: string, period: string): Entry {
    const entry: Entry = { id: this.list.length, subject, period, name: undefined, facts: {}, ratings: null, subjectRow: null, rejectedRows: [], joins: null };
    this.list.push(entry);
    let bySubject = this.byPeriod.get(period);
    if (!bySubject) this.byPeriod.set(period, (bySubject = new Map()));
    bySubject.set(subject, entry);
    this.lastPeriod = null;
    this.last = entry;
    return entry;
  }

  /**
   * Joins the entries of events read without a period (period `''`) to the one entry
   * of their subject that has a period; with `subjectTable`, a subject found nowhere
   * else is left alone (reported later as unknown).
   * @throws AdapterError `periodMissing` when a subject has no such entry, or several.
   */
  attachWithoutPeriod(subjectTable: boolean): void {
    const withoutPeriod = this.byPeriod.get('');
    if (withoutPeriod === undefined) return;
    for (const [subject, entry] of withoutPeriod) {
      const targets: Entry[] = [];
      for (const [period, bySubject] of this.byPeriod) {
        const target = period === '' ? undefined : bySubject.get(subject);
        if (target) targets.push(target);
      }
      if (targets.length === 0 && subjectTable) continue;
      if (targets.length !== 1) throw new AdapterError('periodMissing', {}, [subject]);
      const target = targets[0] as Entry;
      entry.joins = target;
      for (const r of entry.rejectedRows) target.rejectedRows.push(r);
    }
  }

  /** Hands every entry out, in order of first appearance, and forgets them. */
  takeAll(): Entry[] {
    const list = this.list;
    this.list = [];
    this.byPeriod.clear();
    this.last = null;
    this.lastPeriod = null;
    this.lastBySubject = undefined;
    this.slots = new Array<Entry | undefined>(SLOTS);
    return list;
  }
}
