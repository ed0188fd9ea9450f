/** A shard of a run: the `index`-th (from 1) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

const encoder = new TextEncoder();

/**
 * FNV-1a (32 bits) of the UTF-8 bytes of a text: a hash anyone can compute in any language, the
 * same on every machine and in every version, so that a subject stays in its shard however and
 * wherever the shards run.
 *
 * @example
 * fnv1a32('a') // 0xe40c292c
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/**
 * The shard (from 1) of `count` a subject id belongs to: FNV-1a 32 of its UTF-8 bytes, mod
 * `count`, plus 1. What has no subject (a blank row, a rejected row without an id) belongs to shard 1.
 *
 * @example
 * shardOf('E1', 4) // 4 (0x03cbe6a3 mod 4 is 3)
 */
export function shardOf(subject: string | null, count: number): number {
  return subject === null ? 1 : (fnv1a32(subject) % count) + 1;
}

/**
 * Reads `--shard i/n`: the i-th of n shards, 1 ≤ i ≤ n ≤ 65,536.
 *
 * @example
 * parseShard('2/4') // { index: 2, count: 4 }
 * parseShard('5/4') // undefined
 */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d{1,5})\/(\d{1,5})$/.exec(text);
  if (match === null) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && index <= count && count <= 65_536 ? { index, count } : undefined;
}
