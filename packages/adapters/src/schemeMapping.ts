import type { FactSpec, Item, SchemeSource } from '@kaohe/core';
import { AdapterError } from './AdapterError.js';
import { DEFAULT_MAPPINGS } from './defaultMappings.js';
import { mergeMappings } from './mergeMappings.js';
import type { Mapping, MappingInput } from './mappingSchema.js';
import { parseMapping } from './parseMapping.js';
import { schemeContract } from './schemeContract.js';

type ColumnInput = MappingInput['tables'][number]['columns'][number];
type TableInput = MappingInput['tables'][number];
type FieldSpec = Extract<FactSpec, { type: 'events' }>['fields'][number];
type ScalarSpec = Exclude<FactSpec, { type: 'events' }> | FieldSpec;
type Rater = { readonly id: string; readonly name?: { readonly 'zh-CN': string; readonly en: string } | undefined };

/** Options of {@link schemeMapping}. */
export interface SchemeMappingOptions {
  /** Where `extends` finds parent schemes (for a preset: `presetSchemes` of `@kaohe/presets`). */
  readonly schemes?: SchemeSource;
  /**
   * Headers the department writes, merged over the generated mapping (see {@link mergeMappings}).
   * Default: the mapping shipped for the scheme's id, if any; `null` for none.
   */
  readonly override?: MappingInput | null;
}

/**
 * The headers a sheet names its subjects, their display names and periods by. The
 * subject is the employee id only: a 姓名 (Name) column is the subject's `name`, never
 * its subject (so a sheet with names but no id column does not read: add a 工号 column,
 * or map 姓名 to `subject` in a mapping of your own). `subject`, `name` and `period`
 * are the field names of the JSON input, which people export a sheet from.
 */
const SUBJECT_HEADERS = ['工号', '员工编号', '员工工号', 'Employee ID', 'Staff ID', 'subject'];
const NAME_HEADERS = ['姓名', '员工姓名', 'Name', 'Employee name'];
const EVENT_SUBJECT_HEADERS = ['责任人工号', '工号', '员工编号', 'Employee ID', '责任人', 'subject'];
const PERIOD_HEADERS = ['考核期间', '考核周期', '考核季度', '考核月份', '期间', 'Period'];
/** Headers read by no column; an event sheet has no name column, so its 姓名 is ignored there. */
const IGNORED = ['序号', 'No.', '部门', 'Department', '岗位', '职位', 'Position', '备注', 'Remarks', 'Notes'];
const EVENT_IGNORED = [...IGNORED, '姓名', 'Name'];

function unique(words: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const word of words) {
    const w = word?.trim();
    if (w && !seen.has(w)) {
      seen.add(w);
      out.push(w);
    }
  }
  return out;
}

function bound(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** The words a department may write for each value of an enum fact: the value and the names the scheme's choice options give it. */
function choiceWords(fact: string, values: readonly string[], items: readonly Item[]): Record<string, string[]> {
  const words: Record<string, string[]> = {};
  for (const value of values) words[value] = [value];
  for (const item of items) {
    if (item.rule?.kind !== 'choice' || item.rule.fact !== fact) continue;
    for (const option of item.rule.options) {
      const list = words[option.value];
      if (list && option.name) list.push(option.name['zh-CN'], option.name.en);
    }
  }
  for (const value of Object.keys(words)) words[value] = unique(words[value] ?? []);
  return words;
}

/** The column of a scalar fact (or event field), headed by its Chinese description, its English one and its name. */
function factColumn(spec: ScalarSpec, items: readonly Item[]): ColumnInput {
  const optional = spec.optional === true;
  const column: ColumnInput = {
    to: spec.name,
    headers: unique([spec.description?.['zh-CN'], spec.description?.en, spec.name]),
    required: !optional,
    allowEmpty: optional,
  };
  const min = bound(spec.min);
  const max = bound(spec.max);
  switch (spec.type) {
    case 'count':
      return { ...column, type: 'integer', min: min ?? 0, ...(max === undefined ? {} : { max }) };
    case 'number':
    case 'ratio':
    case 'money':
      return { ...column, type: 'decimal', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
    case 'boolean':
      return { ...column, type: 'boolean' };
    case 'enum':
      return { ...column, type: 'choice', values: choiceWords(spec.name, spec.values ?? [], items) };
    case 'date':
      return { ...column, type: 'date' };
    case 'datetime':
      return { ...column, type: 'dateTime' };
    case 'string':
      return { ...column, type: 'text' };
  }
}

/** The rating columns of a rated item: one, or one per rater when it names several. */
function ratingColumns(item: Item, panel: readonly Rater[] | undefined): ColumnInput[] {
  if (item.rule?.kind !== 'rated' || typeof item.id !== 'string' || item.name === undefined) return [];
  const rule = item.rule;
  const min = bound(rule.min) ?? 0;
  const max = bound(rule.max ?? item.points);
  const range = { type: 'decimal' as const, min, ...(max === undefined ? {} : { max }) };
  const raters: readonly Rater[] = rule.raters ?? panel ?? [];
  const zh = item.name['zh-CN'];
  if (raters.length <= 1) {
    return [{ to: `ratings.${item.id}`, headers: unique([zh, `${zh}评分`, `${item.id} 评分`, item.id, item.name.en]), ...range }];
  }
  return raters.map((rater) => {
    const rz = rater.name?.['zh-CN'] ?? rater.id;
    const re = rater.name?.en ?? rater.id;
    return {
      to: `ratings.${item.id}.${rater.id}`,
      headers: unique([`${zh}(${rz})`, `${rz}评分`, `${item.id} ${rz}`, `${item.id}(${rz})`, `${item.id} ${re}`, `${item.id}.${rater.id}`]),
      ...range,
      // The scheme takes the raters who rated (at least one: see the assembler's rating groups), so each rater's
      // cell may be empty and each rater's column absent (one of them must be there: see bindHeaders).
      required: false,
      allowEmpty: true,
    };
  });
}

/**
 * Generates a column mapping from a scheme's own contract: a sheet with a row per
 * subject (its id under 工号, its display name under 姓名 when present) holding each scalar fact the scheme declares in `inputs` (headed by the
 * fact's Chinese description — the header a department writes — with its English
 * description and its name as aliases, typed from the fact's type and bounds; enum
 * values also accepted under the names the scheme's choice items give them) and a
 * rating column per rated item (one per rater when it names several, each of which may
 * be empty since the scheme takes the raters who rated); and a sheet
 * with a row per event for each `events` fact. The mapping shipped for the scheme's
 * id (the headers a real department writes, where they differ) is merged over it.
 * Works for any scorecard, preset or not, that declares inputs or rated items.
 *
 * @example
 * import { getPreset, presetSchemes } from '@kaohe/presets';
 * const mapping = schemeMapping(getPreset('ops-department/ops-manager')!.scheme, { schemes: presetSchemes });
 * const { inputs, report } = await readAllInputs('运维部考核.xlsx', { mapping, period: '2026-09' });
 * @throws AdapterError `mappingUnavailable` for a scheme that is not a scorecard or declares nothing to read,
 *   `mappingInvalid` when the override does not fit.
 */
export function schemeMapping(scheme: unknown, options: SchemeMappingOptions = {}): Mapping {
  const resolved = schemeContract(scheme, options.schemes);
  const id = resolved.id;
  const columns: ColumnInput[] = [
    { to: 'subject', headers: SUBJECT_HEADERS },
    { to: 'name', headers: NAME_HEADERS, required: false, allowEmpty: true },
    { to: 'period', headers: PERIOD_HEADERS, required: false },
  ];
  const tables: TableInput[] = [];
  for (const spec of resolved.inputs) {
    if (spec.type !== 'events') {
      columns.push(factColumn(spec, resolved.items));
      continue;
    }
    // An event field named `period` (the period of an earlier grade) is a field, not the row's period; so are `subject` and `name`.
    const ownPeriod = spec.fields.some((field) => field.name === 'period');
    const fields = spec.fields.map((field) => {
      const column = factColumn(field, resolved.items);
      if (field.name !== 'period' && field.name !== 'subject' && field.name !== 'name') return column;
      return { ...column, to: `fields.${field.name}`, headers: unique([...column.headers, ...(field.name === 'period' ? ['期间'] : [])]) };
    });
    tables.push({
      id: spec.name,
      mode: 'perEvent',
      fact: spec.name,
      sheets: unique([spec.description?.['zh-CN'], spec.description?.en, spec.name]),
      ignoreHeaders: EVENT_IGNORED,
      // An event field named `subject` keeps its name as its own header.
      columns: [{ to: 'subject', headers: EVENT_SUBJECT_HEADERS.filter((h) => h !== 'subject' || !spec.fields.some((f) => f.name === 'subject')) }, ...(ownPeriod ? [] : [{ to: 'period', headers: PERIOD_HEADERS, required: false }]), ...fields],
    });
  }
  for (const item of resolved.items) columns.push(...ratingColumns(item, resolved.panelRaters));
  if (columns.length > 3) {
    tables.unshift({ id: 'appraisal', mode: 'perSubject', sheets: ['考核表', '考核汇总', 'Appraisal'], ignoreHeaders: IGNORED, columns });
  }
  if (tables.length === 0) throw new AdapterError('mappingUnavailable', { id, reason: 'no inputs and no rated items' }, ['inputs']);
  const generated: MappingInput = {
    schemaVersion: 1,
    id,
    preset: id,
    name: resolved.name,
    timeZone: resolved.timeZone,
    tables,
  };
  const shipped = Object.prototype.hasOwnProperty.call(DEFAULT_MAPPINGS, id) ? DEFAULT_MAPPINGS[id] : undefined;
  const override = options.override === undefined ? shipped : options.override;
  return parseMapping(override ? mergeMappings(generated, override) : generated);
}
