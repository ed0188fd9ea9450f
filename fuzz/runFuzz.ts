import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { compileScheme } from '@kaohe/core';
import { presets, presetSchemes } from '@kaohe/presets';
import { inputCaseArbitrary, schemeCaseArbitrary } from './caseArbitraries';
import { checkInput, checkScheme, targetOf, type Target } from './checkCase';
import { checkFile, fileCaseArbitrary, fileCaseSources, loadFixtures } from './fileCases';
import type { Verdict } from './verdict';

/** A case that took longer than this is counted as a hang (never asserted in tests: machines differ). */
export const HANG_MS = 1000;

/**
 * A case still pending after this long is recorded as never settling: a promise that waits on nothing
 * (a reader stalled on a damaged file) would otherwise end the process with no word, or hang a test.
 */
export const SETTLE_LIMIT_MS = 5_000;

/** The failure category of a case that never settled. */
export const NEVER_SETTLED = `never settled (still pending after ${SETTLE_LIMIT_MS / 1000} s)`;

/** One category of failure: how often, and the smallest case that showed it. */
export interface Failure {
  count: number;
  detail: string;
  /** The smallest case of the category, as JSON. */
  repro: string;
}

/** The counts of one family of cases. */
export interface Tally {
  cases: number;
  accepted: number;
  /** Refusals by error code (`adapter:` before an AdapterError's code). */
  refused: Record<string, number>;
  /** Failures by category: escapes of foreign errors, NaN, broken invariants. */
  failures: Record<string, Failure>;
  /** Cases over {@link HANG_MS}, with the smallest of them. */
  hangs: Failure;
  /** Files read with no input, no rejected row, no withheld subject and no error. */
  silent: Failure;
  slowestMs: number;
}

/** Options of {@link runFuzz}: the seed and how many cases of each family. */
export interface FuzzOptions {
  readonly seed: number;
  readonly schemes: number;
  readonly inputs: number;
  readonly files: number;
  /** The repository root, where the adapters' fixtures are. */
  readonly repoRoot: string;
  /** Stop a family after this many cases that never settled (default: never stop). */
  readonly pendingLimit?: number;
  /**
   * Called before each case with its JSON, so that a case that never returns (a loop the watchdog
   * cannot interrupt) can be found.
   */
  readonly beforeCase?: (family: string, repro: () => string) => void;
  /** Called with each family's tally as soon as the family is done, so a long run shows what it has. */
  readonly onFamily?: (family: 'schemes' | 'inputs' | 'files', tally: Tally) => void;
  /** Called every few hundred cases with the family and the cases run so far. */
  readonly onProgress?: (family: string, cases: number) => void;
}

const emptyFailure = (): Failure => ({ count: 0, detail: '', repro: '' });

function newTally(): Tally {
  return { cases: 0, accepted: 0, refused: {}, failures: {}, hangs: emptyFailure(), silent: emptyFailure(), slowestMs: 0 };
}

/** JSON of a case, `__proto__` keys kept; a case JSON cannot hold (a cycle, a BigInt) is described. */
function reproOf(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch (error) {
    return `<not JSON: ${String(error)}>`;
  }
}

function note(failure: Failure, detail: string, repro: () => string): void {
  failure.count += 1;
  const text = repro();
  if (failure.repro === '' || text.length < failure.repro.length) {
    failure.repro = text;
    failure.detail = detail;
  }
}

function record(tally: Tally, verdict: Verdict, ms: number, repro: () => string): void {
  tally.cases += 1;
  tally.slowestMs = Math.max(tally.slowestMs, ms);
  if (ms > HANG_MS) note(tally.hangs, `${Math.round(ms)} ms`, repro);
  if (verdict.kind === 'accepted') tally.accepted += 1;
  else if (verdict.kind === 'refused') tally.refused[verdict.code] = (tally.refused[verdict.code] ?? 0) + 1;
  else note((tally.failures[verdict.category] ??= emptyFailure()), verdict.detail, repro);
}

/** Runs `count` cases of an arbitrary with a seed, one at a time, never holding them together. */
async function each<T>(arbitrary: fc.Arbitrary<T>, count: number, seed: number, body: (value: T) => Promise<void>): Promise<void> {
  if (count <= 0) return;
  const details = await fc.check(
    fc.asyncProperty(arbitrary, async (value) => {
      await body(value);
    }),
    { seed, numRuns: count, endOnFailure: true },
  );
  // The body records every verdict itself: a failure here is the harness's own, never a finding.
  if (details.failed) throw new Error(`the fuzz harness failed: ${String(details.errorInstance)}`);
}

/** Every preset that compiles (drafts and templates need filling in first), with the range of its totals. */
export function presetTargets(): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const entry of presets) {
    if (entry.status !== 'complete') continue;
    targets.set(entry.id, targetOf(compileScheme(entry.scheme, { schemes: presetSchemes })));
  }
  return targets;
}

/**
 * Runs the fuzzer: scheme cases, input cases and file cases from a seed, each checked against the
 * invariants, and counts what they came to. The same seed and counts give the same cases.
 *
 * @example
 * const tallies = await runFuzz({ seed: 1, schemes: 1000, inputs: 1000, files: 100, repoRoot: process.cwd() });
 */
export async function runFuzz(options: FuzzOptions): Promise<Record<'schemes' | 'inputs' | 'files', Tally>> {
  const tallies = { schemes: newTally(), inputs: newTally(), files: newTally() };
  const targets = presetTargets();
  const progress = (family: string, tally: Tally): void => {
    if (tally.cases % 500 === 0) options.onProgress?.(family, tally.cases);
  };
  const pendingLimit = options.pendingLimit ?? Infinity;
  let pending = 0;
  const timed = async (body: () => Promise<Verdict>): Promise<[Verdict, number]> => {
    const start = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const watchdog = new Promise<Verdict>((resolve) => {
      timer = setTimeout(() => resolve({ kind: 'failed', category: NEVER_SETTLED, detail: 'pending' }), SETTLE_LIMIT_MS);
    });
    const verdict = await Promise.race([body(), watchdog]);
    clearTimeout(timer);
    if (verdict.kind === 'failed' && verdict.category === NEVER_SETTLED) pending += 1;
    return [verdict, performance.now() - start];
  };
  const stopped = (): boolean => pending >= pendingLimit;

  await each(schemeCaseArbitrary(presetSchemes), options.schemes, options.seed, async (c) => {
    if (stopped()) return;
    options.beforeCase?.('schemes', () => reproOf(c));
    const [verdict, ms] = await timed(() => checkScheme(c, presetSchemes));
    record(tallies.schemes, verdict, ms, () => reproOf(c));
    progress('schemes', tallies.schemes);
  });

  options.onFamily?.('schemes', tallies.schemes);
  pending = 0;
  await each(inputCaseArbitrary([...targets.keys()], presetSchemes), options.inputs, options.seed + 1, async (c) => {
    if (stopped()) return;
    const repro = (): string => reproOf({ family: c.family, preset: c.preset, plain: c.plain, input: c.input });
    options.beforeCase?.('inputs', repro);
    const [verdict, ms] = await timed(() => checkInput(c, targets.get(c.preset) as Target));
    record(tallies.inputs, verdict, ms, repro);
    progress('inputs', tallies.inputs);
  });

  options.onFamily?.('inputs', tallies.inputs);
  const fixtures = loadFixtures(options.repoRoot);
  pending = 0;
  await each(fileCaseArbitrary, options.files, options.seed + 2, async (c) => {
    if (stopped()) return;
    options.beforeCase?.('files', () => reproOf(c));
    let silent = false;
    const [verdict, ms] = await timed(async () => {
      const outcome = await checkFile(c, fixtures, targets);
      silent = outcome.silent;
      return outcome.verdict;
    });
    const repro = (): string => {
      const { fixture, sources } = fileCaseSources(c, fixtures);
      const sizes = sources.map((s) => s.length).join('+');
      return reproOf({ fixture: fixture.files.map((f) => f.name), mutations: c.mutations, bytes: sizes });
    };
    record(tallies.files, verdict, ms, repro);
    if (silent) note(tallies.files.silent, 'no input and no report entry', repro);
    progress('files', tallies.files);
  });
  options.onFamily?.('files', tallies.files);
  return tallies;
}
