// (c) The same schemes as GoRules zen-engine decisions (JDM graphs): decision tables for the
// categorical items and the bands, an expression node for the arithmetic. zen computes with
// rust_decimal inside, but numbers cross the JS boundary as binary floats both ways: inputs are
// JSON numbers (f64) and results come back as f64, printed here with two places.
import { Decimal, fixed2 } from './common.mjs';

const at = { x: 0, y: 0 };
const edge = (sourceId, targetId) => ({ id: `${sourceId}-${targetId}`, sourceId, targetId, type: 'edge' });
const table = (id, field, output, rows, passThrough = true) => ({
  id,
  type: 'decisionTableNode',
  name: id,
  position: at,
  content: {
    hitPolicy: 'first',
    passThrough,
    inputField: null,
    outputPath: null,
    executionMode: 'single',
    inputs: [{ id: `${id}-in`, name: field, field }],
    outputs: [{ id: `${id}-out`, name: output, field: output }],
    rules: rows.map(([test, value], index) => ({ _id: `${id}-${index}`, [`${id}-in`]: test, [`${id}-out`]: value })),
  },
});
const expressions = (id, pairs, passThrough) => ({
  id,
  type: 'expressionNode',
  name: id,
  position: at,
  content: { passThrough, inputField: null, outputPath: null, executionMode: 'single', expressions: pairs.map(([key, value]) => ({ id: `${id}-${key}`, key, value })) },
});
const bands = table('band', 'total', 'band', [['>= 100', '"excellent"'], ['>= 90', '"good"'], ['>= 70', '"qualified"'], ['', '"needs-improvement"']]);
const chain = (...nodes) => ({
  nodes: [{ id: 'input', type: 'inputNode', name: 'input', position: at }, ...nodes, { id: 'output', type: 'outputNode', name: 'output', position: at }],
  edges: ['input', ...nodes.map((n) => n.id), 'output'].slice(1).map((id, i, ids) => edge(i === 0 ? 'input' : ids[i - 1], id)),
});

/** §2.2 network operations supervisor as a decision graph. */
export const networkOpsGraph = chain(
  table('N3', 'facts.networkQuality', 'n3', [['"good"', '5'], ['"fail"', '-5'], ['', '0']]),
  table('N6', 'facts.satisfactionSurvey', 'n6', [['"satisfied"', '10'], ['"unsatisfied"', '-10'], ['', '0']]),
  expressions(
    'items',
    [
      ['counted', 'filter(facts.outages, #.customersAffected > 1 and #.accountable != false)'],
      // d("…+08:00") drops the offset in zen 0.54 (it reads the wall time as UTC), so the instant
      // goes through the older date(), which keeps it, in epoch seconds.
      ['months', 'map($.counted, d(date(#.at) * 1000).tz("Asia/Shanghai").month())'],
      ['n1', '-10 * (len($.months) - count([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], contains($.months, #)))'],
      ['n2', 'sum(map($.counted, #.restoredMinutes <= 15 ? 0 : (#.restoredMinutes <= 30 ? -5 : -10)))'],
      ['raw', '100 + $.n1 + $.n2 + n3 - 10 * facts.lateSubmissions - 5 * facts.recordKeepingFaults + n6'],
      ['total', 'round(max([0, $.raw]), 2)'],
    ],
    false,
  ),
  bands,
);

/** §2.4 presales technical engineer as a decision graph. */
export const presalesGraph = chain(
  expressions(
    'items',
    [
      ['p1', 'facts.projectsApproved == 0 ? 20 : round(20 * max([0, min([1, facts.projectsWon / facts.projectsApproved / 0.7])]), 2)'],
      ['p2', 'round(50 * max([0, min([1, number(facts.salesTargetAchievement)])]), 2)'],
      ['p3', 'round(ratings.P3, 2)'],
      ['p4', 'round(avg(values(ratings.P4)), 2)'],
      ['p5', 'round(ratings.P5, 2)'],
      ['total', '$.p1 + $.p2 + $.p3 + $.p4 + $.p5'],
    ],
    false,
  ),
  bands,
);

/** Loads zen-engine and builds one decision per scheme; `{ error }` when the native module cannot load. */
export async function createZen() {
  let zen;
  try {
    zen = await import('@gorules/zen-engine');
  } catch (error) {
    return { error: `@gorules/zen-engine could not be loaded: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
  const engine = new zen.ZenEngine();
  const run = (decision) => async (input) => {
    const { result } = await decision.evaluate(input);
    // The float zen returns, read back through its shortest decimal text.
    const total = new Decimal(String(result.total));
    return { total: fixed2(total), band: result.band };
  };
  return {
    engine,
    implementations: {
      'tech-support-center/network-ops-supervisor': run(engine.createDecision(networkOpsGraph)),
      'tech-support-center/presales-engineer': run(engine.createDecision(presalesGraph)),
    },
  };
}
