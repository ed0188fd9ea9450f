import type { LocalizedText } from './localizedMessage.js';
import type { ColumnType, Mapping, MappingColumn, MappingTable } from './mappingSchema.js';

/** A column of a sheet as a person fills it in: its headers, whether it must be filled, and what to write. */
export interface SheetGuideColumn {
  /** Where the value goes in the input (`subject`, `projectsWon`, `ratings.P4.sales`). */
  readonly to: string;
  /** The header to write, in Chinese and in English (both are read). */
  readonly header: LocalizedText;
  /** The other headers the column is also read under. */
  readonly aliases: readonly string[];
  /** Whether every row must fill the column (the header present and no cell empty). */
  readonly required: boolean;
  readonly type: ColumnType;
  /** For a choice column: a word per accepted value, in each language (what a drop-down offers). */
  readonly choices?: { readonly 'zh-CN': readonly string[]; readonly en: readonly string[] };
  /** What to write in the column, in both languages. */
  readonly note: LocalizedText;
}

/** A sheet of a mapping as a person fills it in. */
export interface SheetGuideTable {
  readonly id: string;
  readonly mode: MappingTable['mode'];
  /** The sheet's name, in Chinese and in English (any name the mapping lists is read). */
  readonly sheet: LocalizedText;
  readonly columns: readonly SheetGuideColumn[];
}

const CJK = /[\u3400-\u9fff]/;

/**
 * The English header among a column's aliases: the first one without Chinese characters
 * that reads as words (it has a lower-case letter) and is not the raw target name
 * (`projectsWon`, `P4.sales`); else the first without Chinese; else the first.
 */
function englishHeader(headers: readonly string[], to: string): string {
  const names = new Set(to.split('.'));
  const latin = headers.filter((h) => !CJK.test(h));
  return latin.find((h) => /[a-z]/.test(h) && !names.has(h) && !h.includes('.')) ?? latin[0] ?? headers[0] ?? to;
}

function chineseHeader(headers: readonly string[], to: string): string {
  return headers.find((h) => CJK.test(h)) ?? headers[0] ?? to;
}

function choiceWords(column: MappingColumn): { 'zh-CN': string[]; en: string[] } | undefined {
  if (column.type === 'boolean') return { 'zh-CN': ['是', '否'], en: ['yes', 'no'] };
  if (column.type !== 'choice' || column.values === undefined) return undefined;
  const entries = Object.entries(column.values);
  return {
    'zh-CN': entries.map(([value, words]) => words.find((w) => CJK.test(w)) ?? value),
    en: entries.map(([value]) => value),
  };
}

const TYPE_NOTES: Readonly<Record<ColumnType, LocalizedText>> = {
  text: { 'zh-CN': '文本', en: 'text' },
  decimal: { 'zh-CN': '数字（如 12、12.5 或 85%）', en: 'a number (such as 12, 12.5 or 85%)' },
  integer: { 'zh-CN': '整数', en: 'a whole number' },
  boolean: { 'zh-CN': '是/否', en: 'yes/no (是/否)' },
  date: { 'zh-CN': '日期（如 2026/9/1）', en: 'a date (such as 2026/9/1)' },
  dateTime: { 'zh-CN': '日期和时间（如 2026/9/1 10:00）', en: 'a date and time (such as 2026/9/1 10:00)' },
  choice: { 'zh-CN': '下列之一', en: 'one of' },
};

/** What a column holds, by its target, before its type and bounds. */
function subjectOf(to: string, header: LocalizedText, mode: MappingTable['mode']): LocalizedText {
  if (to === 'subject' && mode === 'perEvent') return { 'zh-CN': '事件计入的考核对象的工号（每个事件一行）', en: 'the id of the subject the event counts against (a row per event)' };
  if (to === 'subject') return { 'zh-CN': '考核对象的工号（每个考核对象一行）', en: 'the subject’s id, such as an employee number (a row per subject)' };
  if (to === 'name') return { 'zh-CN': '姓名，仅用于显示', en: 'the subject’s name, for display only' };
  if (to === 'period') {
    return { 'zh-CN': '考核期间（如 2026-Q3）；读取时给出期间则可省略', en: 'the appraisal period (such as 2026-Q3); may be left out when the period is given when reading' };
  }
  const rating = /^ratings\.([^.]+)(?:\.(.+))?$/.exec(to);
  if (rating) {
    const by = rating[2] === undefined ? { 'zh-CN': '', en: '' } : { 'zh-CN': `（${rating[2]}）`, en: ` by ${rating[2]}` };
    return { 'zh-CN': `考核项 ${rating[1] as string} 的评分${by['zh-CN']}`, en: `the rating of item ${rating[1] as string}${by.en}` };
  }
  return { 'zh-CN': header['zh-CN'], en: header.en };
}

function columnNote(column: MappingColumn, mode: MappingTable['mode'], header: LocalizedText, choices: SheetGuideColumn['choices']): LocalizedText {
  const what = subjectOf(column.to, header, mode);
  const type = TYPE_NOTES[column.type];
  const range = (locale: keyof LocalizedText): string => {
    const { min, max } = column;
    if (min !== undefined && max !== undefined) return locale === 'en' ? `, from ${min} to ${max}` : `，${min} 至 ${max}`;
    if (min !== undefined) return locale === 'en' ? `, at least ${min}` : `，不小于 ${min}`;
    if (max !== undefined) return locale === 'en' ? `, at most ${max}` : `，不大于 ${max}`;
    return '';
  };
  const list = (locale: keyof LocalizedText): string =>
    column.type === 'choice' && choices ? (locale === 'en' ? `: ${choices.en.join(', ')}` : `：${choices['zh-CN'].join('、')}`) : '';
  const required = column.required && !column.allowEmpty;
  // A rater's cell may be empty, but not every rater's of the item (see `RatingGroup`).
  const rater = /^ratings\.([^.]+)\.[^.]+$/.exec(column.to)?.[1];
  const optional: LocalizedText = rater === undefined
    ? { 'zh-CN': '选填，可留空。', en: 'Optional: may be left empty.' }
    : { 'zh-CN': `选填，可留空；但 ${rater} 至少需要一位评分人的评分。`, en: `Optional: may be left empty, but ${rater} needs at least one rater's rating.` };
  return {
    'zh-CN': `${what['zh-CN']}：${type['zh-CN']}${list('zh-CN')}${range('zh-CN')}。${required ? '必填。' : optional['zh-CN']}`,
    en: `${what.en}: ${type.en}${list('en')}${range('en')}. ${required ? 'Required.' : optional.en}`,
  };
}

function sheetNames(table: MappingTable): LocalizedText {
  const names = table.sheets ?? [];
  // A name the mapping lists, so that the sheet is found by its name; the table's id only when it lists none.
  return { 'zh-CN': names.find((n) => CJK.test(n)) ?? names[0] ?? table.id, en: names.find((n) => !CJK.test(n)) ?? names[0] ?? table.id };
}

/**
 * The sheets a mapping reads, as a person fills them in: for each table its sheet name
 * and, for each column, the header to write in Chinese and in English (both are read,
 * and so are the aliases listed), whether it is required, its type, the words a choice
 * column accepts, and a note saying what to write. What `kaohe presets show` lists and
 * `writeTemplateWorkbook` writes.
 *
 * @example
 * const [table] = sheetGuide(schemeMapping(getPreset('tech-support-center/presales-engineer')!.scheme));
 * table.columns[0].header // { 'zh-CN': '工号', en: 'Employee ID' }
 */
export function sheetGuide(mapping: Mapping): SheetGuideTable[] {
  return mapping.tables.map((table) => ({
    id: table.id,
    mode: table.mode,
    sheet: sheetNames(table),
    columns: table.columns.map((column) => {
      const header = { 'zh-CN': chineseHeader(column.headers, column.to), en: englishHeader(column.headers, column.to) };
      const choices = choiceWords(column);
      return {
        to: column.to,
        header,
        aliases: column.headers.filter((h) => h !== header['zh-CN'] && h !== header.en),
        required: column.required && !column.allowEmpty,
        type: column.type,
        ...(choices === undefined ? {} : { choices }),
        note: columnNote(column, table.mode, header, choices),
      };
    }),
  }));
}
