import { describe, expect, it } from 'vitest';
import { fnv1a32, parseShard, shardOf } from './shardOf';

describe('shardOf', () => {
  it('is FNV-1a 32 of the UTF-8 bytes: the published test vectors, and ids in Chinese', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    expect(fnv1a32('考核-007')).toBe(0x2906360c);
  });

  it('gives every subject the same shard in every run and version (these values are fixed for good)', () => {
    expect(['E1', 'E2', 'E3', 'foobar', '考核-007'].map((id) => shardOf(id, 4))).toEqual([4, 3, 2, 1, 1]);
    expect(shardOf(null, 4)).toBe(1);
    expect(shardOf('E1', 1)).toBe(1);
  });

  it('spreads subjects evenly', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[shardOf(`E${i}`, 4) - 1]! += 1;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(600);
  });

  it('reads i/n from 1/n to n/n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '2', '2/0', 'a/b', '-1/4', '2/4/8', ' 2/4']) expect(parseShard(bad), bad).toBeUndefined();
  });
});
