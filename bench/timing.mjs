// Interleaved timing: machines here are shared and noisy, so implementations take turns over
// the same chunks of subjects, in a rotating order, for several rounds; each is reported by its
// median round, and only ratios measured in the same run are compared.

const collect = () => globalThis.gc?.();
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export { median };

async function runChunk(impl, chunk, keep) {
  const started = performance.now();
  if (impl.inFlight !== undefined) {
    for (let i = 0; i < chunk.length; i += impl.inFlight) {
      const results = await Promise.all(chunk.slice(i, i + impl.inFlight).map(impl.run));
      if (keep !== undefined) keep.push(...results);
    }
  } else if (impl.sync) {
    if (keep === undefined) for (const input of chunk) impl.run(input);
    else for (const input of chunk) keep.push(impl.run(input));
  } else if (keep === undefined) for (const input of chunk) await impl.run(input);
  else for (const input of chunk) keep.push(await impl.run(input));
  return performance.now() - started;
}

/**
 * Times implementations over the same subjects. Round 0 warms up and keeps every result (for the
 * equivalence check); rounds 1..rounds are timed. Returns each implementation's median µs per
 * subject, its rounds, and the results of round 0.
 */
export async function interleave(implementations, subjects, { rounds = 3, chunkSize = 10_000, onRound } = {}) {
  const chunks = [];
  for (let i = 0; i < subjects.length; i += chunkSize) chunks.push(subjects.slice(i, i + chunkSize));
  const times = implementations.map(() => []);
  const results = implementations.map(() => []);
  for (let round = 0; round <= rounds; round += 1) {
    const spent = implementations.map(() => 0);
    for (const [c, chunk] of chunks.entries()) {
      const shift = (round + c) % implementations.length;
      for (let k = 0; k < implementations.length; k += 1) {
        const i = (k + shift) % implementations.length;
        collect();
        spent[i] += await runChunk(implementations[i], chunk, round === 0 ? results[i] : undefined);
      }
    }
    if (round > 0) spent.forEach((ms, i) => times[i].push((ms * 1000) / subjects.length));
    onRound?.(round, spent);
  }
  return implementations.map((impl, i) => ({ name: impl.name, key: impl.key, usPerSubject: median(times[i]), rounds: times[i], results: results[i] }));
}

/** Compares each implementation's round-0 results with the first one's (kaohe's), subject by subject. */
export function compareResults(timed, subjects) {
  const [reference, ...others] = timed;
  return others.map((impl) => {
    let mismatches = 0;
    const examples = [];
    impl.results.forEach((got, index) => {
      const expected = reference.results[index];
      if (got.total === expected.total && got.band === expected.band) return;
      mismatches += 1;
      if (examples.length < 3) examples.push({ subject: subjects[index].subject, kaohe: expected, got });
    });
    return { name: impl.name, key: impl.key, compared: impl.results.length, mismatches, examples };
  });
}
