import * as z from 'zod';
import { Decimal, toDecimal } from '../decimal';
import { KaoheError } from '../errors/KaoheError';
import { DecimalLikeSchema, LocalizedText, Provenance } from '../model/common';
import { FactName } from '../model/predicate';
import { formatShort } from '../decimal';
import { roundMoney } from './money';

/**
 * How the final bonus is split within the team (seed 002): the leader (presales lead, project
 * manager, after-sales manager) takes a share within `[min, max]` by contribution, the engineers the
 * rest. The share is an input fact (`leaderShare` unless `fact` says otherwise).
 */
export const BonusSplit = z.strictObject({
  fact: FactName.default('leaderShare').describe('The fact giving the leader\'s share; `leaderShare` unless set.'),
  min: DecimalLikeSchema.describe('The least share the leader may take, e.g. 0.3.'),
  max: DecimalLikeSchema.describe('The greatest share the leader may take, e.g. 0.6.'),
  leader: LocalizedText.describe('Who the leader is, e.g. 项目经理 / Project manager.'),
  engineers: LocalizedText.describe('Who shares the rest, e.g. 工程师 / Engineers.'),
  provenance: Provenance.optional().describe('Where the split comes from.'),
}).meta({ examples: [{ min: 0.3, max: 0.6, leader: { 'zh-CN': '项目经理', en: 'Project manager' }, engineers: { 'zh-CN': '工程师', en: 'Engineers' } }] });
/** How the final bonus is split within the team. */
export type BonusSplit = z.infer<typeof BonusSplit>;

/** The two shares of a final bonus, rounded to 0.01; they add up to the final bonus exactly. */
export interface TeamShares {
  /** The leader's share as a ratio, e.g. `'0.4'`. */
  readonly leaderShare: string;
  readonly leader: Decimal;
  readonly engineers: Decimal;
}

/**
 * Splits a final bonus (already rounded to 0.01) between the leader and the engineers:
 * leader = round(final × share), engineers = final − leader, so the shares add up to the final bonus.
 *
 * @example
 * splitBonus(toDecimal('9680.00'), toDecimal('0.4'), split); // leader 3872.00, engineers 5808.00
 * @throws {KaoheError} `leader_share_out_of_range` at `facts.leaderShare` (or the configured fact)
 * when the share lies outside `[split.min, split.max]`, e.g. 0.25 or 0.65 for seed 002's 30–60%.
 */
export function splitBonus(final: Decimal, share: Decimal, split: Pick<BonusSplit, 'min' | 'max'> & { fact?: string }): TeamShares {
  const min = toDecimal(split.min);
  const max = toDecimal(split.max);
  if (share.lessThan(min) || share.greaterThan(max)) {
    const one = new Decimal(1);
    throw new KaoheError({
      code: 'leader_share_out_of_range',
      path: ['facts', split.fact ?? 'leaderShare'],
      params: {
        value: formatShort(share),
        min: formatShort(min),
        max: formatShort(max),
        engineersMin: formatShort(one.minus(max)),
        engineersMax: formatShort(one.minus(min)),
      },
    });
  }
  const leader = roundMoney(final.times(share));
  return { leaderShare: share.toString(), leader, engineers: final.minus(leader) };
}
