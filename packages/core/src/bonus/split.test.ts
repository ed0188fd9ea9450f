import { describe, expect, it } from 'vitest';
import { toDecimal } from '../decimal';
import { KaoheError } from '../errors/KaoheError';
import { kaoheErrorOf } from '../evaluate/testScheme';
import { splitBonus } from './split';

const range = { min: '0.3', max: '0.6' };

function rejection(share: string): KaoheError {
  return kaoheErrorOf(() => splitBonus(toDecimal('9680.00'), toDecimal(share), range));
}

describe('splitBonus', () => {
  it('gives the leader round(final × share) and the engineers the rest (Example H, 40%)', () => {
    const shares = splitBonus(toDecimal('9680.00'), toDecimal('0.4'), range);
    expect([shares.leader.toFixed(2), shares.engineers.toFixed(2)]).toEqual(['3872.00', '5808.00']);
  });

  it('accepts the ends of the range, 30% and 60%', () => {
    expect(splitBonus(toDecimal('100'), toDecimal('0.3'), range).engineers.toFixed(2)).toBe('70.00');
    expect(splitBonus(toDecimal('100'), toDecimal('0.6'), range).engineers.toFixed(2)).toBe('40.00');
  });

  it('rounds the leader half-up and lets the engineers absorb the cent, so the shares add up', () => {
    const shares = splitBonus(toDecimal('100.01'), toDecimal('0.35'), range);
    expect(shares.leader.toFixed(2)).toBe('35.00');
    expect(shares.engineers.toFixed(2)).toBe('65.01');
    expect(shares.leader.plus(shares.engineers).toFixed(2)).toBe('100.01');
  });

  it.each(['0.25', '0.65'])('rejects a leader share of %s with a clear error at facts.leaderShare', (share) => {
    const error = rejection(share);
    expect(error.code).toBe('leader_share_out_of_range');
    expect(error.path).toEqual(['facts', 'leaderShare']);
    expect(error.format('en')).toBe(`facts.leaderShare: the leader's share ${share} is outside 0.3–0.6 (the engineers' share, the rest, must lie within 0.4–0.7)`);
    expect(error.format('zh-CN')).toBe(`facts.leaderShare: 负责人的奖金比例 ${share} 不在 0.3–0.6 之间(其余归工程师,比例须在 0.4–0.7 之间)`);
  });
});
