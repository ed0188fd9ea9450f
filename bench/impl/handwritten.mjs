// (b) A hand-written function per scheme over decimal.js: what a developer writes for one scheme
// when speed is all that matters. No explanation, no validation beyond what the arithmetic needs:
// the limit for exact arithmetic.
import { countedOutage, Decimal, fixed2, HUNDRED, meanRating, restorePoints, round2, shanghaiMonth, standardBand, ZERO } from './common.mjs';

const QUALITY = { good: new Decimal(5), pass: ZERO, fail: new Decimal(-5) };
const SURVEY = { satisfied: new Decimal(10), neutral: ZERO, unsatisfied: new Decimal(-10) };
const MINUS_10 = new Decimal(-10);
const MINUS_5 = new Decimal(-5);

/** §2.2 network operations supervisor. */
export function networkOpsSupervisor(input) {
  const facts = input.facts;
  const perMonth = new Map();
  let n1 = ZERO;
  let n2 = ZERO;
  for (const outage of facts.outages) {
    if (!countedOutage(outage)) continue;
    const month = shanghaiMonth(outage.at);
    const seen = (perMonth.get(month) ?? 0) + 1;
    perMonth.set(month, seen);
    if (seen > 1) n1 = n1.plus(MINUS_10);
    n2 = n2.plus(restorePoints(outage.restoredMinutes));
  }
  let total = HUNDRED.plus(n1)
    .plus(n2)
    .plus(QUALITY[facts.networkQuality])
    .plus(MINUS_10.times(facts.lateSubmissions))
    .plus(MINUS_5.times(facts.recordKeepingFaults))
    .plus(SURVEY[facts.satisfactionSurvey]);
  if (total.isNegative()) total = ZERO;
  return { total: fixed2(total), band: standardBand(total) };
}

const TWENTY = new Decimal(20);
const FIFTY = new Decimal(50);
const TARGET = new Decimal('0.7');

/** §2.4 presales technical engineer. */
export function presalesEngineer(input) {
  const { projectsApproved, projectsWon, salesTargetAchievement } = input.facts;
  const ratings = input.ratings;
  const approved = new Decimal(projectsApproved);
  const winShare = approved.isZero() ? new Decimal(1) : Decimal.min(1, new Decimal(projectsWon).dividedBy(approved).dividedBy(TARGET));
  const p1 = round2(TWENTY.times(winShare));
  const p2 = round2(FIFTY.times(Decimal.min(1, new Decimal(salesTargetAchievement))));
  const p3 = round2(new Decimal(ratings.P3));
  const p4 = round2(meanRating(ratings.P4));
  const p5 = round2(new Decimal(ratings.P5));
  const total = p1.plus(p2).plus(p3).plus(p4).plus(p5);
  return { total: fixed2(total), band: standardBand(total) };
}

export const handwritten = {
  'tech-support-center/network-ops-supervisor': networkOpsSupervisor,
  'tech-support-center/presales-engineer': presalesEngineer,
};
