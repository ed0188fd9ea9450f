/** 65,536 recent ids: 512 KB, within a cache, and more tickets than an export has open at once. */
const RECENT_BITS = 16;
const RECENT_MASK = (1 << RECENT_BITS) - 1;

/**
 * Numbers the distinct strings it is given (0, 1, 2 …) without keeping them as strings:
 * their code units go into one growing array and an open-addressing table of their
 * hashes finds them again. Millions of ticket ids then cost about their length in
 * bytes twice over, and nothing the garbage collector has to walk — where a `Map` of
 * strings costs a few hundred megabytes of heap and most of the time in collection.
 */
export class IdTable {
  /**
   * Pairs of (1 + the string's number, its hash) in slot order; 0 marks an empty slot. The
   * hash sits beside the number so that a probe past other strings reads no memory elsewhere:
   * with millions of ids, a look into a second array per probe was a cache miss per probe.
   */
  private slots = new Int32Array(2 << 16);
  /**
   * The ids seen lately, by the low bits of their hash: 1 + number, and the hash. A ticket's
   * rows are near each other in an export (its steps happen within hours), so most rows find
   * their id here, in a table small enough to stay in cache, and skip the large one's cache miss.
   */
  private readonly recent = new Int32Array(2 << RECENT_BITS);
  private starts = new Int32Array((1 << 15) + 1);
  private units = new Uint16Array(1 << 18);
  /** How many distinct strings it holds. */
  size = 0;

  /** The number of `id`, given the next one if it is new. */
  indexOf(id: string): number {
    let hash = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    const near = (hash & RECENT_MASK) << 1;
    const recent = this.recent;
    const seen = (recent[near] as number) - 1;
    if (seen >= 0 && recent[near + 1] === hash && this.equals(seen, id)) return seen;
    const index = this.lookup(id, hash);
    recent[near] = index + 1;
    recent[near + 1] = hash;
    return index;
  }

  private lookup(id: string, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const found = (slots[slot << 1] as number) - 1;
      if (found < 0) {
        const index = this.add(id);
        // A rehash while adding has placed every string but the new one.
        this.place(index, hash);
        return index;
      }
      if (slots[(slot << 1) + 1] === hash && this.equals(found, id)) return found;
    }
  }

  /** The string numbered `index`, made again from its code units. */
  text(index: number): string {
    const start = this.starts[index] as number;
    const end = this.starts[index + 1] as number;
    let out = '';
    // In slices: String.fromCharCode takes its units as arguments, and arguments are limited.
    for (let at = start; at < end; at += 8192) out += String.fromCharCode(...this.units.subarray(at, Math.min(end, at + 8192)));
    return out;
  }

  private equals(index: number, id: string): boolean {
    const start = this.starts[index] as number;
    if ((this.starts[index + 1] as number) - start !== id.length) return false;
    for (let i = 0; i < id.length; i++) if (this.units[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private add(id: string): number {
    const index = this.size++;
    if (index + 1 >= this.starts.length) this.starts = grown(this.starts, this.starts.length * 2);
    const start = this.starts[index] as number;
    if (start + id.length > this.units.length) {
      const units = new Uint16Array(Math.max(this.units.length * 2, start + id.length));
      units.set(this.units);
      this.units = units;
    }
    for (let i = 0; i < id.length; i++) this.units[start + i] = id.charCodeAt(i);
    this.starts[index + 1] = start + id.length;
    // Three quarters full at most: a smaller table stays in cache longer than a sparser one saves probes.
    if (this.size * 4 > (this.slots.length >> 1) * 3) this.rehash();
    return index;
  }

  /** Puts a string's number and hash in the first free slot from its hash. */
  private place(index: number, hash: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      if (slots[slot << 1] === 0) {
        slots[slot << 1] = index + 1;
        slots[(slot << 1) + 1] = hash;
        return;
      }
    }
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let slot = 0; slot < old.length; slot += 2) {
      const number = old[slot] as number;
      if (number !== 0) this.place(number - 1, old[slot + 1] as number);
    }
  }
}

function grown(old: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(length);
  next.set(old);
  return next;
}
