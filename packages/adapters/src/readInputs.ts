import type { SchemeSource } from '@kaohe/core';
import { AdapterError } from './AdapterError.js';
import type { AppraisalInput } from './appraisalInput.js';
import type { TextEncodingName } from './decodeText.js';
import { defaultMapping } from './defaultMappings.js';
import { InputAssembler } from './InputAssembler.js';
import type { Mapping, MappingInput } from './mappingSchema.js';
import { openSource, type InputSource, type SourceFormat } from './openSource.js';
import { parseMapping } from './parseMapping.js';
import type { ReadReport, RowRejection } from './readReport.js';
import { schemeMapping } from './schemeMapping.js';
import { LINE_BATCHES, RECORD_BATCHES, type RecordSheetRows } from './sheetSource.js';

/** Inputs handed out together once the sources end (events are grouped by subject then)… */
const FINAL_BATCH = 512;
/**
 * …or fewer, once they hold this many events: a batch lives until its last input is taken, and
 * 512 subjects of a few hundred events each would outlive young-generation collections (each
 * copying them) and be promoted to the old generation.
 */
const FINAL_EVENTS = 8192;

/** The events an input holds: the lengths of its array facts. */
function eventCount(input: AppraisalInput): number {
  let count = 0;
  for (const key in input.facts) {
    const value = input.facts[key];
    if (Array.isArray(value)) count += value.length;
  }
  return count;
}
/** Rows of a streaming read turned into inputs before they are handed out. */
const SLICE = 128;

/**
 * The items of batches one at a time: each `next()` takes the next item of the batch at hand,
 * so that only a new batch waits on the source.
 */
function oneByOne<T>(batches: AsyncIterator<readonly T[]>): AsyncIterator<T> {
  let batch: readonly T[] = [];
  let at = 0;
  const next = async (): Promise<IteratorResult<T>> => {
    while (at === batch.length) {
      const result = await batches.next();
      if (result.done === true) return { value: undefined, done: true };
      batch = result.value;
      at = 0;
    }
    return { value: batch[at++] as T, done: false };
  };
  return {
    next: () => (at < batch.length ? Promise.resolve({ value: batch[at++] as T, done: false }) : next()),
    return: async (): Promise<IteratorResult<T>> => {
      batch = [];
      at = 0;
      await batches.return?.(undefined);
      return { value: undefined, done: true };
    },
  };
}

/** The batches that hold an input: a slice whose rows were all rejected or blank hands none out. */
async function* nonEmpty<T>(batches: AsyncGenerator<readonly T[]>): AsyncGenerator<readonly T[]> {
  for await (const batch of batches) if (batch.length > 0) yield batch;
}

/** Options of {@link readInputs}. */
export interface ReadInputsOptions {
  /**
   * The column mapping: a mapping object (JSON), or the id of a preset with a shipped mapping
   * (`DEFAULT_MAPPINGS`). When absent, the mapping is generated from `scheme` (see `schemeMapping`).
   */
  readonly mapping?: Mapping | MappingInput | string;
  /** The scheme to generate the mapping from when no `mapping` is given (a scorecard as JSON data). */
  readonly scheme?: unknown;
  /** Where the scheme's `extends` finds its parents (for presets: `presetSchemes` of `@kaohe/presets`). */
  readonly schemes?: SchemeSource;
  /** The format, when neither the file name nor the first bytes tell it. */
  readonly format?: SourceFormat;
  /** The encoding of CSV files (default `auto`: BOM, else UTF-8 when valid, else GB18030). */
  readonly encoding?: TextEncodingName;
  /** The CSV delimiter (default: guessed among `,`, tab and `;`). */
  readonly delimiter?: string;
  /** The period of rows that carry none (`2026-Q3`). */
  readonly period?: string;
  /** The zone of date-times written without an offset (default: the mapping's, else Asia/Shanghai). */
  readonly timeZone?: string;
  /** Yield a subject even when some of its event rows were rejected (default false: it is withheld and listed). */
  readonly keepPartialSubjects?: boolean;
  /** Called with each rejected row as soon as it is found. */
  readonly onRejection?: (rejection: RowRejection) => void;
  /**
   * Whether `report.rejected` keeps every rejected row (default true); `false` with `onRejection`
   * streams them out instead, so that memory does not grow with the bad rows of a large file.
   */
  readonly keepRejections?: boolean;
  /** Called after each batch of rows (a few hundred to a few thousand) with the rows read so far, for a progress display. */
  readonly onProgress?: (rowsRead: number) => void;
}

/**
 * The inputs of a source, one subject at a time or in batches, and the report of what was not used.
 * A reader is read once: either iterated for its inputs or through {@link InputReader.batches}.
 */
export interface InputReader extends AsyncIterable<AppraisalInput> {
  /** Filled as the reader is iterated; complete once iteration ends. */
  readonly report: ReadReport;
  /**
   * The same inputs, in the same order, as arrays of one or more (a few hundred at most): one
   * `await` per batch instead of one per input, which is what a `for await` loop over a million
   * inputs mostly pays for. Each array is the caller's to keep. Rejections reach `onRejection`
   * before the batch that follows their row is handed out, as with the per-input iterator.
   *
   * @example
   * const reader = readInputs('考核表.csv', { mapping: 'tech-support-center/presales-engineer', period: '2026-Q3' });
   * for await (const batch of reader.batches()) for (const input of batch) results.push(appraiseSync(scheme, input));
   * @throws Error when the reader was already iterated; AdapterError while iterating, as {@link readInputs} says.
   */
  batches(): AsyncIterable<readonly AppraisalInput[]>;
}

function resolveMapping(options: ReadInputsOptions): Mapping {
  const { mapping, timeZone } = options;
  let base: Mapping;
  if (mapping !== undefined) base = typeof mapping === 'string' ? defaultMapping(mapping) : parseMapping(mapping);
  else if (options.scheme !== undefined) base = schemeMapping(options.scheme, options.schemes === undefined ? {} : { schemes: options.schemes });
  else throw new AdapterError('mappingMissing', {});
  return timeZone === undefined ? base : parseMapping({ ...base, timeZone });
}

/**
 * Reads appraisal inputs from spreadsheets: .xlsx workbooks (streamed) and CSV files
 * (UTF-8 with or without BOM, GBK/GB18030 detected or given), following a column
 * mapping. Iterate the reader for the inputs; `reader.report` lists every row not
 * used with each bad cell (sheet, row, column, header, value, reason, message in
 * zh-CN and en) and every subject withheld. Several sources (a facts CSV and an
 * events CSV) merge by subject and period.
 *
 * With a single per-subject table, inputs are yielded as rows are read; with event
 * tables, once the sources end (events must be grouped by subject). Memory holds
 * the subjects' facts and events, never the file.
 *
 * @example
 * const reader = readInputs('考核表.xlsx', { mapping: 'tech-support-center/network-ops-supervisor', period: '2026-Q3' });
 * for await (const input of reader) results.push(await appraise(scheme, input));
 * for (const r of reader.report.rejected) console.error(r.sheet, r.row, r.issues.map((i) => i.message['zh-CN']));
 * @throws AdapterError at once for an invalid or missing mapping (`mappingInvalid`, `unknownMapping`,
 *   `mappingUnavailable`, `mappingMissing`); while iterating for an
 *   unreadable file (`sourceUnreadable`, `workbookUnreadable`, `workbookTruncated`, `encodingMismatch`, `mixedEncoding`,
 *   `legacyWorkbook` for an old .xls), a file over a limit (`rowTooLarge`, `cellTooLarge`, `sheetTooLarge`, see `limits`), a sheet without
 *   its header row (`headerNotFound`), duplicated headers (`ambiguousHeader`) or rows without a period (`periodMissing`).
 */
export function readInputs(source: InputSource | readonly InputSource[], options: ReadInputsOptions): InputReader {
  const mapping = resolveMapping(options);
  const assembler = new InputAssembler(mapping, {
    period: options.period,
    keepPartialSubjects: options.keepPartialSubjects,
    onRejection: options.onRejection,
    keepRejections: options.keepRejections,
  });
  const sources: readonly InputSource[] = Array.isArray(source) ? source : [source as InputSource];
  let rowsRead = 0;
  // Inputs go out in batches: a generator yielding each input would cost a few promises apiece.
  async function* run(): AsyncGenerator<readonly AppraisalInput[]> {
    for (const one of sources) {
      for await (const sheet of openSource(one, options)) {
        const state = assembler.beginSheet(sheet.name);
        // A streaming read takes a CSV's plain lines as they are (see `PlainLineReader`); any other, its records.
        const rows = sheet as RecordSheetRows;
        const records = (assembler.streaming ? rows[LINE_BATCHES] : undefined) ?? rows[RECORD_BATCHES];
        if (records !== undefined) {
          for await (const batch of records) {
            const count = 'records' in batch ? batch.records.length : batch.ends.length;
            if (assembler.streaming) {
              // In slices, so that few inputs wait at a time (fewer of them outlive a young-generation collection).
              for (let at = 0; at < count; at += SLICE) {
                assembler.addBatch(state, batch, at, Math.min(count, at + SLICE));
                yield assembler.takeReady();
              }
            } else assembler.addBatch(state, batch, 0, count);
            if (options.onProgress) options.onProgress((rowsRead += count));
          }
        } else {
          for await (const batch of sheet.batches) {
            assembler.addRows(state, batch);
            if (options.onProgress) options.onProgress((rowsRead += batch.length));
            if (assembler.streaming) yield assembler.takeReady();
          }
        }
        assembler.endSheet(state);
      }
    }
    let batch: AppraisalInput[] = [];
    let events = 0;
    for (const input of assembler.finish()) {
      batch.push(input);
      events += eventCount(input);
      if (batch.length === FINAL_BATCH || events >= FINAL_EVENTS) {
        yield batch;
        batch = [];
        events = 0;
      }
    }
    yield batch;
  }
  let started = false;
  const batches = (): AsyncGenerator<readonly AppraisalInput[]> => {
    if (started) throw new Error('readInputs: a reader can be iterated once');
    started = true;
    return nonEmpty(run());
  };
  return {
    report: assembler.report,
    batches: () => ({ [Symbol.asyncIterator]: batches }),
    [Symbol.asyncIterator]: () => oneByOne(batches()),
  };
}

/**
 * Reads every input of a source into memory, with the report (see {@link readInputs}).
 *
 * @example
 * const { inputs, report } = await readAllInputs('绩效.csv', { mapping: 'tech-support-center/presales-engineer', period: '2026-Q3' });
 * @throws AdapterError as {@link readInputs} does.
 */
export async function readAllInputs(
  source: InputSource | readonly InputSource[],
  options: ReadInputsOptions,
): Promise<{ inputs: AppraisalInput[]; report: ReadReport }> {
  const reader = readInputs(source, options);
  const inputs: AppraisalInput[] = [];
  for await (const batch of reader.batches()) for (const input of batch) inputs.push(input);
  return { inputs, report: reader.report };
}
