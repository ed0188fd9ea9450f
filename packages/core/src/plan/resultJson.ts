import type { CompiledScheme, SchemeResult } from '../evaluate/compileScheme';
import type { LocalizedText } from '../model/common';
import type { ResolvedScorecard } from '../model/scorecard';
import { planOf } from './planOf';
import type { PlanItem } from './compilePlan';

/**
 * Stands for a value that changes from subject to subject while a result's JSON is cut into pieces:
 * JSON writes its NUL as `\u0000`, so its JSON never occurs in the JSON of a scheme's own text.
 */
const MARK = '\u0000kaohe\u0000';
const MARK_JSON = JSON.stringify(MARK);

/** The JSON of a result without lines, cut where its strings change: one cut text per band (and one for none). */
interface Pieces {
  /** Indexed as `bandIndex + 1`: index 0 is a result without a band. */
  readonly byBand: readonly (readonly string[])[];
  /**
   * For a result with records (see {@link RECORD_KEYS}): the text after its last item's points up to
   * its `lines` and the comma after them (the last cut text with its empty `reviews` and `warnings`
   * cut off), and the text that closes the result. `undefined` if the cut text does not end so.
   */
  readonly records: { readonly before: string; readonly close: string } | undefined;
}

/** What the JSON of a scheme's results without lines is made from, once per compiled scheme. */
interface Encoder {
  readonly stamp: { readonly id: string; readonly version: string; readonly hash: string; readonly model: string; readonly lineage: readonly string[] };
  readonly items: readonly PlanItem[];
  readonly bands: ReadonlyMap<string, { readonly index: number; readonly name: LocalizedText }>;
  readonly bandList: readonly { readonly id: string; readonly name: LocalizedText }[];
  readonly pieces: Map<number, Pieces>;
}

const RESULT_KEYS = ['kind', 'subject', 'name', 'period', 'scheme', 'total', 'band', 'outcome', 'vetoes', 'items', 'lines', 'reviews', 'warnings'];
/** The keys a planned result may add after `warnings`, in `appraiseByPlan`'s order: a panel's composite, then a project's outcome. */
const RECORD_KEYS = ['composite', 'grade', 'bonus', 'sanction'];
const STAMP_KEYS = ['id', 'version', 'hash', 'model', 'lineage'];
const BAND_KEYS = ['id', 'name'];
const ITEM_KEYS = ['id', 'name', 'points', 'max', 'weight', 'rule', 'lines', 'provenance'];

/** Encoders by compiled scheme; `null` for one without a plan (its results are left to JSON.stringify). */
const encoders = new WeakMap<object, Encoder | null>();

function encoderOf(compiled: CompiledScheme): Encoder | null {
  let encoder = encoders.get(compiled);
  if (encoder !== undefined) return encoder;
  const plan = compiled.kind === 'compiledScorecard' ? planOf(compiled) : undefined;
  if (plan === undefined || compiled.kind !== 'compiledScorecard') encoder = null;
  else {
    const scheme: ResolvedScorecard = compiled.scheme;
    encoder = {
      stamp: { id: scheme.id, version: scheme.version, hash: compiled.hash, model: scheme.model, lineage: scheme.lineage },
      items: plan.items,
      bands: new Map(plan.bands.map((band, index) => [band.id, { index, name: band.name }])),
      bandList: plan.bands.map((band) => ({ id: band.id, name: band.name })),
      pieces: new Map(),
    };
  }
  encoders.set(compiled, encoder);
  return encoder;
}

/**
 * The JSON of a result without lines as the plan makes it (`appraiseByPlan`'s keys, in its order),
 * its strings marked, cut at the marks: whatever JSON.stringify does with the constant parts (key
 * order, escapes, `undefined` left out, indentation) is then done by JSON.stringify itself.
 */
function piecesOf(encoder: Encoder, space: number): Pieces {
  let pieces = encoder.pieces.get(space);
  if (pieces !== undefined) return pieces;
  const cut = (band: { readonly id: string; readonly name: LocalizedText } | null): string[] => {
    const items = encoder.items.map((item) => ({ id: item.id, name: item.name, points: MARK, max: item.max, weight: item.weight, rule: item.kind, lines: [], provenance: item.provenance }));
    const result = { kind: 'scorecard', subject: MARK, name: MARK, period: MARK, scheme: encoder.stamp, total: MARK, band, outcome: MARK, vetoes: [], items, lines: [], reviews: [], warnings: [] };
    return JSON.stringify(result, null, space).split(MARK_JSON);
  };
  const byBand = [cut(null), ...encoder.bandList.map(cut)];
  // The records are written as an object of the result's keys from `reviews` on: its JSON, its `{`
  // cut off, is the end of the result's at the same indentation.
  const last = (byBand[0] as string[])[5 + encoder.items.length] as string;
  const empty = tailJson({ reviews: [], warnings: [] }, space);
  const close = space === 0 ? '}' : '\n}';
  pieces = { byBand, records: last.endsWith(empty) && empty.endsWith(close) ? { before: last.slice(0, -empty.length), close } : undefined };
  encoder.pieces.set(space, pieces);
  return pieces;
}

/** The JSON of the keys of a result from `reviews` on, as its own JSON ends: `{` cut off. */
const tailJson = (tail: object, space: number): string => (JSON.stringify(tail, null, space) as string).slice(1);

/**
 * The keys after a result's plain ones, each one of {@link RECORD_KEYS} in their order, or
 * `undefined` when the keys are not so; an empty list for a result without records.
 */
function recordKeysOf(value: object): string[] | undefined {
  const own = Object.keys(value);
  if (own.length < RESULT_KEYS.length) return undefined;
  for (let i = 0; i < RESULT_KEYS.length; i += 1) if (own[i] !== RESULT_KEYS[i]) return undefined;
  const records = own.slice(RESULT_KEYS.length);
  let next = 0;
  for (const key of records) {
    while (next < RECORD_KEYS.length && RECORD_KEYS[next] !== key) next += 1;
    if (next === RECORD_KEYS.length) return undefined;
    next += 1;
  }
  return records;
}

/** A record as a plan writes it: `null`, or an object (an array for the reviews) without a `toJSON` of its own. */
const isRecord = (value: unknown): boolean => value === null || (typeof value === 'object' && (value as { toJSON?: unknown }).toJSON === undefined);

/** Whether an object's own enumerable keys are exactly these, in this order. */
function keysAre(value: object, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  if (own.length !== keys.length) return false;
  for (let i = 0; i < own.length; i += 1) if (own[i] !== keys[i]) return false;
  return true;
}

/** An object, not an array, without a `toJSON` of its own or inherited. */
function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { toJSON?: unknown }).toJSON === undefined;
}

/** A plain object with exactly these keys. */
function isShaped(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  return isPlain(value) && keysAre(value, keys);
}

/** An empty array that JSON writes as `[]`. */
function isEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0 && (value as { toJSON?: unknown }).toJSON === undefined;
}

/** The JSON of a result of the plan's shape in parts, or `undefined` when it is anything else. */
function fromPieces(encoder: Encoder, result: unknown, space: number): string[] | undefined {
  if (!isPlain(result)) return undefined;
  const records = recordKeysOf(result);
  if (records === undefined || result.kind !== 'scorecard') return undefined;
  const { subject, name, period, scheme, total, band, outcome, items } = result;
  if (typeof subject !== 'string' || (name !== null && typeof name !== 'string') || typeof period !== 'string' || typeof total !== 'string' || typeof outcome !== 'string') return undefined;
  const stamp = encoder.stamp;
  if (!isShaped(scheme, STAMP_KEYS) || scheme.id !== stamp.id || scheme.version !== stamp.version || scheme.hash !== stamp.hash || scheme.model !== stamp.model || scheme.lineage !== stamp.lineage) return undefined;
  let at = 0;
  if (band !== null) {
    if (!isShaped(band, BAND_KEYS)) return undefined;
    const known = typeof band.id === 'string' ? encoder.bands.get(band.id) : undefined;
    if (known === undefined || known.name !== band.name) return undefined;
    at = known.index + 1;
  }
  if (!isEmptyList(result.vetoes) || !isEmptyList(result.lines) || !isEmptyList(result.warnings)) return undefined;
  const reviewed = !isEmptyList(result.reviews);
  if (reviewed && !(Array.isArray(result.reviews) && isRecord(result.reviews))) return undefined;
  const heads = encoder.items;
  if (!Array.isArray(items) || items.length !== heads.length || (items as { toJSON?: unknown }).toJSON !== undefined) return undefined;
  const pieces = piecesOf(encoder, space);
  const cut = pieces.byBand[at] as readonly string[];
  const parts = [cut[0] as string, JSON.stringify(subject), cut[1] as string, JSON.stringify(name), cut[2] as string, JSON.stringify(period), cut[3] as string, JSON.stringify(total), cut[4] as string, JSON.stringify(outcome), cut[5] as string];
  for (let i = 0; i < heads.length; i += 1) {
    const item: unknown = items[i];
    const head = heads[i] as PlanItem;
    if (!isShaped(item, ITEM_KEYS) || typeof item.points !== 'string' || !isEmptyList(item.lines)) return undefined;
    if (item.id !== head.id || item.name !== head.name || item.max !== head.max || item.weight !== head.weight || item.rule !== head.kind || item.provenance !== head.provenance) return undefined;
    parts.push(JSON.stringify(item.points), cut[6 + i] as string);
  }
  if (!reviewed && records.length === 0) return parts;
  // A review chain's record, a panel's composite, a project's outcome: each result's own, written
  // with the keys from `reviews` on by one JSON.stringify of just those.
  const end = pieces.records;
  if (end === undefined) return undefined;
  const tail: Record<string, unknown> = { reviews: result.reviews, warnings: result.warnings };
  for (const key of records) {
    const record = result[key];
    if (!isRecord(record)) return undefined;
    tail[key] = record;
  }
  parts[parts.length - 1] = end.before;
  parts.push(tailJson(tail, space).slice(0, -end.close.length), end.close);
  return parts;
}

/** Whether the space is one a result's pieces are cut for: as JSON.stringify takes it, a whole number of spaces up to 10. */
const encodable = (space: number): boolean => Number.isInteger(space) && space >= 0 && space <= 10;

/**
 * The JSON {@link resultJson} gives, in parts to be written one after another, for a result whose
 * JSON is made from the plan's pieces; `undefined` for any other result. The parts at even places
 * are the scheme's: the same strings for every result of the compiled scheme (a writer may keep them
 * encoded, as UTF-8 bytes for instance); those at odd places are the result's own values, as JSON.
 *
 * @example
 * const parts = resultJsonParts(compiled, appraiseSync(compiled, input, { explain: false }));
 * parts?.join('') === resultJson(compiled, result); // true
 */
export function resultJsonParts(compiled: CompiledScheme, result: SchemeResult, space = 0): readonly string[] | undefined {
  const encoder = encodable(space) ? encoderOf(compiled) : null;
  return encoder === null ? undefined : fromPieces(encoder, result, space);
}

/**
 * `JSON.stringify(result, null, space)`, byte for byte, for a result of `compiled` — made without
 * walking the result when it has the shape a plan knows: a scorecard's result without lines
 * (`explain: false`) of a scheme with a plan. The constant parts of such a result (the scheme's
 * stamp, each item's id, name, bounds and provenance, each band) are encoded once per compiled
 * scheme; per result, only its strings are escaped and joined, and its records (a review chain's,
 * a panel's composite, a project's grade, bonus and sanction: they differ from subject to subject)
 * are written by one `JSON.stringify` of just the keys from `reviews` on. What is checked, per
 * result: every key of the result, its stamp, band and items, in order, and every value but the
 * scheme's own objects, which are compared by identity (so a compiled scheme must not be changed,
 * as for its plan), and each record `null` or an object without a `toJSON` of its own. Any other
 * result — a regime's, one with lines, one given another key or value — is written by
 * `JSON.stringify`. Why: serialising such a result with `JSON.stringify` costs several
 * times its appraisal, and a bulk run without lines writes one per subject.
 *
 * @example
 * const result = appraiseSync(compiled, input, { explain: false });
 * resultJson(compiled, result) === JSON.stringify(result); // true, made from pieces
 * resultJson(compiled, result, 2) === JSON.stringify(result, null, 2); // true
 * @throws Whatever `JSON.stringify` throws for a result it is left to (a BigInt, a cycle).
 */
export function resultJson(compiled: CompiledScheme, result: SchemeResult, space = 0): string {
  return resultJsonParts(compiled, result, space)?.join('') ?? (JSON.stringify(result, null, space) as string);
}
