/** Slots a table starts with (a power of two); it grows when half full. */
const FIRST_SLOTS = 1 << 10;
/** The length of the slots' array (two numbers a slot) below which it grows fourfold. */
const QUADRUPLE_BELOW = 1 << 21;

function grown<T extends Int32Array | Float64Array | Uint16Array>(array: T, length: number): T {
  if (length <= array.length) return array;
  let size = array.length * 2;
  while (size < length) size *= 2;
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  return next;
}

/** The hash of `length` characters of `chars` from `start`, as {@link hashOf} gives for the same text. */
function hashAt(chars: Uint16Array, start: number, length: number): number {
  let hash = length;
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ (chars[start + i] as number), 0x01000193);
  return hash ^ (hash >>> 15);
}

function hashOf(subject: string): number {
  const length = subject.length;
  let hash = length;
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ subject.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 15);
}

/**
 * The subjects of one period and the place of each one's first row: an open-addressing
 * hash table in typed arrays, each subject's characters copied into one arena, so that a
 * million subjects are a few arrays for the garbage collector, not a million strings and
 * map entries. Exact: a hash that matches is confirmed character by character.
 *
 * While every subject comes after the one before it (longer, or as long and greater
 * character by character: `E9` before `E10`, as a sheet sorted by 工号 has them), no
 * subject can be a second one and the slots are not filled: a probe of a table of a
 * million subjects misses the processor's caches nearly every time (a sixth of the time of
 * the ingest bench's subject read went there), while the arena is written in order. The
 * first subject out of order puts all of them into the slots, and every one after is
 * looked up there.
 */
class SubjectTable {
  /**
   * Two numbers per slot: the index of its subject plus one (0 when free), and the subject's
   * hash, so that a probe past another subject reads no other array.
   */
  private slots = new Int32Array(FIRST_SLOTS * 2);
  private starts = new Int32Array(FIRST_SLOTS / 2);
  private lengths = new Int32Array(FIRST_SLOTS / 2);
  private places = new Float64Array(FIRST_SLOTS / 2);
  private chars = new Uint16Array(FIRST_SLOTS * 4);
  private count = 0;
  private used = 0;
  /** Whether the subjects so far are in ascending order (see the class), the slots then empty. */
  private ascending = true;
  /** The last subject remembered while ascending (compared as a string: no read of the arena). */
  private last = '';

  /** The place remembered for a subject, or -1 after remembering `place` for it. */
  placeOf(subject: string, place: number): number {
    if (this.ascending) {
      const last = this.last;
      // Longer, or as long and greater by UTF-16 code units (what `>` compares): after the last one.
      if (subject.length > last.length || (subject.length === last.length && subject > last) || this.count === 0) {
        this.last = subject;
        this.append(subject, place);
        return -1;
      }
      this.ascending = false;
      this.hashAll();
    }
    const hash = hashOf(subject);
    const length = subject.length;
    const slots = this.slots;
    const mask = (slots.length >>> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = (slots[2 * slot] as number) - 1;
      if (held < 0) break;
      if (slots[2 * slot + 1] === hash && this.lengths[held] === length && this.holds(held, subject)) return this.places[held] as number;
    }
    this.add(subject, hash, place);
    return -1;
  }

  private holds(index: number, subject: string): boolean {
    const chars = this.chars;
    const start = this.starts[index] as number;
    for (let i = 0; i < subject.length; i++) if (chars[start + i] !== subject.charCodeAt(i)) return false;
    return true;
  }

  /** Puts every subject remembered so far into the slots (sized for them as {@link add} would have grown them). */
  private hashAll(): void {
    let size = this.slots.length;
    while (this.count > size >>> 2) size *= size < QUADRUPLE_BELOW ? 4 : 2;
    this.slots = new Int32Array(size);
    for (let index = 0; index < this.count; index++) this.put(index, hashAt(this.chars, this.starts[index] as number, this.lengths[index] as number));
  }

  private add(subject: string, hash: number, place: number): void {
    this.append(subject, place);
    if (this.count > this.slots.length >>> 2) this.rehash();
    this.put(this.count - 1, hash);
  }

  /** Remembers the subject and its place after the others (not yet in the slots). */
  private append(subject: string, place: number): void {
    const index = this.count++;
    if (index === this.starts.length) {
      this.starts = grown(this.starts, index + 1);
      this.lengths = grown(this.lengths, index + 1);
      this.places = grown(this.places, index + 1);
    }
    const used = this.used;
    const length = subject.length;
    if (used + length > this.chars.length) this.chars = grown(this.chars, used + length);
    const chars = this.chars;
    // From locals: read from the fields, `used` and the length were loaded again at every character.
    for (let i = 0; i < length; i++) chars[used + i] = subject.charCodeAt(i);
    this.starts[index] = used;
    this.lengths[index] = length;
    this.places[index] = place;
    this.used = used + length;
  }

  private put(index: number, hash: number): void {
    const slots = this.slots;
    const mask = (slots.length >>> 1) - 1;
    let slot = hash & mask;
    while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = index + 1;
    slots[2 * slot + 1] = hash;
  }

  private rehash(): void {
    const old = this.slots;
    // Four times as many slots while the table is small (fewer rehashes of a growing read), then twice.
    this.slots = new Int32Array(old.length * (old.length < QUADRUPLE_BELOW ? 4 : 2));
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.put((old[i] as number) - 1, old[i + 1] as number);
  }
}

/**
 * The subjects of a subject-per-row read whose row was used, by period, each with
 * the place of that row: what finds a second row of a subject (`duplicateSubject`)
 * once the first has been handed out and let go of. Per subject it holds the id's
 * characters and three numbers in typed arrays (see `SubjectTable`): 48 to 96 bytes for
 * an id of 8 characters past half a million subjects (the arrays double as they fill; below,
 * the slots grow fourfold and may take up to 32 bytes more), whatever the number of
 * columns, and no object of its own (never the row, its strings or its input). While the
 * subjects come in ascending order, the slots are left empty: 32 to 64 bytes for such an id.
 *
 * A place is the row number plus the base of its sheet (the rows of the sheets before
 * it), decoded back to a sheet and a row only for the message of a duplicate.
 */
export class SeenSubjects {
  private readonly byPeriod = new Map<string, SubjectTable>();
  private lastPeriod: string | null = null;
  private lastSubjects: SubjectTable | undefined = undefined;
  /** The base of each sheet, by the sheet's index in the read; -1 for sheets without subject rows. */
  private readonly bases: number[] = [];
  private nextBase = 0;

  /** Starts the rows of a sheet (by its index in the read's report); call before its rows. */
  beginSheet(sheet: number): void {
    while (this.bases.length <= sheet) this.bases.push(-1);
    this.bases[sheet] = this.nextBase;
  }

  /**
   * Remembers a used row of a subject, unless the subject already has one in the period:
   * then returns where that first row was (`{ sheet, row }` by the sheet's index), and
   * remembers nothing.
   */
  firstRow(subject: string, period: string, sheet: number, row: number): { readonly sheet: number; readonly row: number } | null {
    if (period !== this.lastPeriod) {
      this.lastPeriod = period;
      this.lastSubjects = this.byPeriod.get(period);
      if (this.lastSubjects === undefined) this.byPeriod.set(period, (this.lastSubjects = new SubjectTable()));
    }
    const base = this.bases[sheet] ?? 0;
    const seen = (this.lastSubjects as SubjectTable).placeOf(subject, base + row);
    if (seen >= 0) return this.decode(seen);
    if (base + row + 1 > this.nextBase) this.nextBase = base + row + 1;
    return null;
  }

  private decode(place: number): { sheet: number; row: number } {
    for (let sheet = this.bases.length - 1; sheet > 0; sheet--) {
      const base = this.bases[sheet] as number;
      if (base >= 0 && base < place) return { sheet, row: place - base };
    }
    return { sheet: 0, row: place - (this.bases[0] ?? 0) };
  }
}
