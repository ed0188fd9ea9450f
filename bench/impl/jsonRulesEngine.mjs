// (a) The same schemes written the way json-rules-engine users write them today: one Engine per
// scheme with a rule per item, the points in the event params, derived facts as dynamic facts,
// `engine.run` per subject, and a handler per event type doing the arithmetic with decimal.js.
import { Engine } from 'json-rules-engine';
import { countedOutage, Decimal, fixed2, HUNDRED, meanRating, restorePoints, round2, shanghaiMonth, standardBand, ZERO } from './common.mjs';

const points = (item, type, params) => ({ type, params: { item, ...params } });

function networkOpsEngine() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const counted = async (_params, almanac) => (await almanac.factValue('outages')).filter(countedOutage);
  engine.addFact('countedOutages', counted);
  engine.addFact('excessOutages', async (_params, almanac) => {
    const perMonth = new Map();
    for (const outage of await almanac.factValue('countedOutages')) {
      const month = shanghaiMonth(outage.at);
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    }
    let excess = 0;
    for (const n of perMonth.values()) excess += Math.max(0, n - 1);
    return excess;
  });
  engine.addFact('slowRestores', async (_params, almanac) => (await almanac.factValue('countedOutages')).filter((o) => !restorePoints(o.restoredMinutes).isZero()));
  engine.addFact('slowRestoreCount', async (_params, almanac) => (await almanac.factValue('slowRestores')).length);
  const each = (item, fact, amount) => ({
    name: item,
    conditions: { all: [{ fact, operator: 'greaterThan', value: 0 }] },
    event: points(item, 'perCount', { fact, each: amount }),
  });
  const option = (item, fact, value, amount) => ({
    name: `${item}:${value}`,
    conditions: { all: [{ fact, operator: 'equal', value }] },
    event: points(item, 'fixed', { points: amount }),
  });
  engine.addRule(each('N1', 'excessOutages', '-10'));
  engine.addRule({
    name: 'N2',
    conditions: { all: [{ fact: 'slowRestoreCount', operator: 'greaterThan', value: 0 }] },
    event: points('N2', 'restoreTiers', { fact: 'slowRestores' }),
  });
  engine.addRule(option('N3', 'networkQuality', 'good', '5'));
  engine.addRule(option('N3', 'networkQuality', 'fail', '-5'));
  engine.addRule(each('N4', 'lateSubmissions', '-10'));
  engine.addRule(each('N5', 'recordKeepingFaults', '-5'));
  engine.addRule(option('N6', 'satisfactionSurvey', 'satisfied', '10'));
  engine.addRule(option('N6', 'satisfactionSurvey', 'unsatisfied', '-10'));
  return engine;
}

function presalesEngine() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const always = { all: [{ fact: 'period', operator: 'notEqual', value: null }] };
  engine.addRule({ name: 'P1 none approved', conditions: { all: [{ fact: 'projectsApproved', operator: 'equal', value: 0 }] }, event: points('P1', 'fixed', { points: '20' }) });
  engine.addRule({
    name: 'P1',
    conditions: { all: [{ fact: 'projectsApproved', operator: 'greaterThan', value: 0 }] },
    event: points('P1', 'ratio', { points: '20', numerator: 'projectsWon', denominator: 'projectsApproved', target: '0.7' }),
  });
  engine.addRule({ name: 'P2', conditions: always, event: points('P2', 'ratio', { points: '50', numerator: 'salesTargetAchievement', target: '1' }) });
  for (const item of ['P3', 'P4', 'P5']) engine.addRule({ name: item, conditions: always, event: points(item, 'rated', { points: '10' }) });
  return engine;
}

/** Event handlers: each turns an event and the subject's facts into an item's points, exactly. */
const handlers = {
  async fixed(params) {
    return new Decimal(params.points);
  },
  async perCount(params, almanac) {
    return new Decimal(params.each).times(await almanac.factValue(params.fact));
  },
  async restoreTiers(params, almanac) {
    let sum = ZERO;
    for (const outage of await almanac.factValue(params.fact)) sum = sum.plus(restorePoints(outage.restoredMinutes));
    return sum;
  },
  async ratio(params, almanac) {
    let value = new Decimal(await almanac.factValue(params.numerator));
    if (params.denominator !== undefined) value = value.dividedBy(await almanac.factValue(params.denominator));
    const share = Decimal.max(0, Decimal.min(1, value.dividedBy(params.target)));
    return new Decimal(params.points).times(share);
  },
  async rated(params, almanac) {
    const ratings = await almanac.factValue('ratings');
    return Decimal.min(params.points, meanRating(ratings[params.item]));
  },
};

async function appraiseWith(engine, model, input) {
  const { events, almanac } = await engine.run({ period: input.period, ...input.facts, ratings: input.ratings ?? {} });
  let total = model === 'deduction' ? HUNDRED : ZERO;
  for (const event of events) total = total.plus(round2(await handlers[event.type](event.params, almanac)));
  if (total.isNegative()) total = ZERO;
  return { total: fixed2(total), band: standardBand(total) };
}

/** One async appraisal function per scheme, each over its own engine built once. */
export function createJsonRulesEngine() {
  const ops = networkOpsEngine();
  const presales = presalesEngine();
  return {
    'tech-support-center/network-ops-supervisor': (input) => appraiseWith(ops, 'deduction', input),
    'tech-support-center/presales-engineer': (input) => appraiseWith(presales, 'points', input),
  };
}
