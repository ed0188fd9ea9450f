// Deterministic, seeded subjects for the benchmark: realistic spreads, outages across the months of
// the quarter, some written in UTC across a month boundary, a few bad quarters below the floor.

/** mulberry32: a small, fast, seeded PRNG (floats only to choose; every amount is a decimal string). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const pick = (r, weighted) => {
  let x = r();
  for (const [value, weight] of weighted) {
    if ((x -= weight) < 0) return value;
  }
  return weighted[weighted.length - 1][0];
};
const pad = (n) => String(n).padStart(2, '0');
const DAYS = { 7: 31, 8: 31, 9: 30 };

/** An instant in 2026-Q3 local time, written with +08:00 or, one in five, as the same instant in UTC. */
function outageTime(r) {
  const month = int(r, 7, 9);
  // One in eight falls in the first hour of a month: in UTC that is still the month before.
  const day = r() < 0.125 ? 1 : int(r, 1, DAYS[month]);
  const hour = day === 1 && r() < 0.5 ? 0 : int(r, 0, 23);
  const minute = int(r, 0, 59);
  if (r() < 0.2) {
    const utc = new Date(Date.UTC(2026, month - 1, day, hour - 8, minute));
    return `${utc.getUTCFullYear()}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}T${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}:00Z`;
  }
  return `2026-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00+08:00`;
}

function outage(r) {
  const customersAffected = pick(r, [[1, 0.35], [int(r, 2, 5), 0.4], [int(r, 6, 200), 0.25]]);
  const restoredMinutes = pick(r, [
    [int(r, 1, 15), 0.45],
    [int(r, 16, 30), 0.25],
    [int(r, 31, 240), 0.2],
    [pick(r, [[15, 0.5], [30, 0.5]]), 0.05],
    [Number(`${int(r, 10, 40)}.5`), 0.05],
  ]);
  const event = { at: outageTime(r), customersAffected, restoredMinutes };
  if (r() < 0.1) event.accountable = false;
  else if (r() < 0.1) event.accountable = true;
  return event;
}

/** One subject of tech-support-center/network-ops-supervisor. */
export function networkOpsSubject(r, index) {
  const bad = r() < 0.02;
  const count = bad ? int(r, 8, 16) : pick(r, [[0, 0.3], [1, 0.3], [2, 0.2], [3, 0.1], [int(r, 4, 7), 0.1]]);
  const outages = [];
  for (let i = 0; i < count; i += 1) outages.push(outage(r));
  return {
    subject: `N-${String(index).padStart(7, '0')}`,
    period: '2026-Q3',
    facts: {
      outages,
      networkQuality: pick(r, [['good', 0.3], ['pass', 0.55], ['fail', 0.15]]),
      lateSubmissions: bad ? int(r, 2, 5) : pick(r, [[0, 0.7], [1, 0.2], [int(r, 2, 3), 0.1]]),
      recordKeepingFaults: bad ? int(r, 2, 4) : pick(r, [[0, 0.6], [1, 0.3], [int(r, 2, 3), 0.1]]),
      satisfactionSurvey: pick(r, [['satisfied', 0.5], ['neutral', 0.35], ['unsatisfied', 0.15]]),
    },
  };
}

const quarterPoints = (r, lo, hi) => int(r, lo * 4, hi * 4) / 4; // 0.25 steps: exact in binary too

/** One subject of tech-support-center/presales-engineer. */
export function presalesSubject(r, index) {
  const projectsApproved = pick(r, [[0, 0.05], [int(r, 1, 30), 0.95]]);
  const projectsWon = int(r, 0, projectsApproved);
  const achievement = `${pick(r, [['0', 0.6], ['1', 0.4]])}.${String(int(r, 0, 999)).padStart(3, '0')}`;
  const raters = r() < 0.05 ? { projectManager: quarterPoints(r, 5, 10) } : { projectManager: quarterPoints(r, 4, 10), sales: quarterPoints(r, 4, 10) };
  return {
    subject: `P-${String(index).padStart(7, '0')}`,
    period: '2026-Q3',
    facts: {
      projectsApproved,
      projectsWon,
      // Ratios as the strings a spreadsheet export gives, half as JSON numbers.
      salesTargetAchievement: r() < 0.5 ? achievement : Number(achievement),
    },
    ratings: { P3: quarterPoints(r, 3, 10), P4: raters, P5: quarterPoints(r, 4, 10) },
  };
}

export const SCHEMES = {
  'tech-support-center/network-ops-supervisor': { seed: 2026_07, make: networkOpsSubject },
  'tech-support-center/presales-engineer': { seed: 2026_09, make: presalesSubject },
};

/** Subjects of a scheme, one at a time, never held together. */
export function* subjects(schemeId, count, seed = SCHEMES[schemeId].seed) {
  const r = rng(seed);
  const make = SCHEMES[schemeId].make;
  for (let i = 0; i < count; i += 1) yield make(r, i);
}

/** Subjects of a scheme as an array. */
export const subjectArray = (schemeId, count, seed) => Array.from(subjects(schemeId, count, seed));
