// (d) A hand-written function per scheme over scaled integers: points as whole numbers or cents,
// decimals read from their text into an integer and a scale, rounding half-up (SCHEMES.md §0) by
// integer division. No decimal.js, no explanation, no validation: the real limit for exact code.
// Numbers stay JavaScript numbers while every intermediate is a safe integer and become BigInt
// beyond that, so huge or long decimals stay exact.
import { countedOutage, standardBand } from './common.mjs';

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** A JSON number or decimal string as `[integer, scale]`: value = integer / 10^scale. */
function scaled(value) {
  const text = typeof value === 'number' ? String(value) : String(value).trim();
  const match = DECIMAL.exec(text);
  if (match === null) throw new Error(`not a decimal: ${text}`);
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  let digits = `${whole}${fraction}`.replace(/^0+(?=\d)/, '') || '0';
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    digits += '0'.repeat(-scale);
    scale = 0;
  }
  const integer = digits.length <= 15 ? Number(digits) : BigInt(digits);
  return [sign === '-' ? -integer : integer, scale];
}

/** n / d rounded half-up (away from zero at .5), d > 0, both numbers or both BigInt. */
function divideHalfUp(n, d) {
  if (typeof n === 'bigint') {
    const magnitude = n < 0n ? -n : n;
    const q = (2n * magnitude + d) / (2n * d);
    return n < 0n ? -q : q;
  }
  const magnitude = Math.abs(n);
  const q = Math.floor((2 * magnitude + d) / (2 * d));
  return n < 0 ? -q : q;
}

const SAFE = Number.MAX_SAFE_INTEGER / 1000;

/** `integer / 10^scale × factor` in cents (hundredths), rounded half-up. */
function centsOf([integer, scale], factor = 1) {
  if (typeof integer === 'number' && Math.abs(integer) < SAFE / factor && scale <= 12) {
    const n = integer * factor;
    return scale <= 2 ? n * 10 ** (2 - scale) : divideHalfUp(n, 10 ** (scale - 2));
  }
  const n = BigInt(integer) * BigInt(factor);
  return narrow(scale <= 2 ? n * 10n ** BigInt(2 - scale) : divideHalfUp(n, 10n ** BigInt(scale - 2)));
}

/** A BigInt as a number when it is a safe integer, so that common values stay fast. */
const narrow = (n) => (n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n);

/** The sum of cents, in numbers while it stays safe, else in BigInt. */
function sumCents(parts) {
  let sum = 0;
  for (const part of parts) {
    if (typeof sum === 'number' && typeof part === 'number' && Number.isSafeInteger(sum + part)) sum += part;
    else sum = BigInt(sum) + BigInt(part);
  }
  return typeof sum === 'bigint' ? narrow(sum) : sum;
}

/** Cents as a total prints: two places, never `-0.00`. */
function printCents(cents) {
  if (typeof cents === 'bigint') {
    const magnitude = cents < 0n ? -cents : cents;
    return `${cents < 0n ? '-' : ''}${magnitude / 100n}.${String(magnitude % 100n).padStart(2, '0')}`;
  }
  const magnitude = Math.abs(cents);
  const rest = magnitude % 100;
  return `${cents < 0 ? '-' : ''}${(magnitude - rest) / 100}.${rest < 10 ? '0' : ''}${rest}`;
}

const bandOf = (cents) => standardBand({ greaterThanOrEqualTo: (points) => cents >= points * 100 });

/** Whether a decimal is at most `limit` (a whole number): exact for any JSON number or decimal string. */
function atMost(value, limit) {
  if (typeof value === 'number') return value <= limit;
  const [integer, scale] = scaled(value);
  return typeof integer === 'bigint' || scale > 15 ? BigInt(integer) <= BigInt(limit) * 10n ** BigInt(scale) : integer <= limit * 10 ** scale;
}

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const QUALITY = { good: 5, pass: 0, fail: -5 };
const SURVEY = { satisfied: 10, neutral: 0, unsatisfied: -10 };

/** §2.2 network operations supervisor: every amount a whole number of points. */
export function networkOpsSupervisor(input) {
  const facts = input.facts;
  // Outages per local month (UTC+8 all year), by month index.
  const perMonth = new Uint8Array(12);
  let points = 100;
  for (const outage of facts.outages) {
    if (!countedOutage(outage)) continue;
    const month = new Date(Date.parse(outage.at) + SHANGHAI_OFFSET_MS).getUTCMonth();
    perMonth[month] += 1;
    if (perMonth[month] > 1) points -= 10;
    const minutes = outage.restoredMinutes;
    if (!atMost(minutes, 15)) points -= atMost(minutes, 30) ? 5 : 10;
  }
  points += QUALITY[facts.networkQuality] - 10 * facts.lateSubmissions - 5 * facts.recordKeepingFaults + SURVEY[facts.satisfactionSurvey];
  const cents = Math.max(0, points) * 100;
  return { total: printCents(cents), band: bandOf(cents) };
}

/** The mean of a rating written as a number or `{ rater: number }`, in cents. */
function ratingCents(entry) {
  if (typeof entry === 'number' || typeof entry === 'string') return centsOf(scaled(entry));
  const values = Object.values(entry).map(scaled);
  const scale = Math.max(...values.map(([, s]) => s));
  let sum = 0n;
  for (const [integer, s] of values) sum += BigInt(integer) * 10n ** BigInt(scale - s);
  return narrow(divideHalfUp(sum * 100n, BigInt(values.length) * 10n ** BigInt(scale)));
}

/** §2.4 presales technical engineer: each item in cents, rounded half-up to two places. */
export function presalesEngineer(input) {
  const { projectsApproved, projectsWon, salesTargetAchievement } = input.facts;
  const ratings = input.ratings;
  // P1: 20 × min(1, won / approved / 0.7) = min(20, 200 won / 7 approved): 20000 won / (7 approved) cents.
  const p1 = projectsApproved === 0 ? 2000 : Math.min(2000, divideHalfUp(20000 * projectsWon, 7 * projectsApproved));
  // P2: 50 × min(1, achievement).
  const p2Raw = centsOf(scaled(salesTargetAchievement), 50);
  const p2 = p2Raw > 5000 ? 5000 : p2Raw;
  const cents = sumCents([p1, p2, ratingCents(ratings.P3), ratingCents(ratings.P4), ratingCents(ratings.P5)]);
  return { total: printCents(cents), band: bandOf(cents) };
}

export const integer = {
  'tech-support-center/network-ops-supervisor': networkOpsSupervisor,
  'tech-support-center/presales-engineer': presalesEngineer,
};

export { centsOf, divideHalfUp, scaled };
