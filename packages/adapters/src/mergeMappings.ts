import type { MappingInput } from './mappingSchema.js';

type TableInput = MappingInput['tables'][number];
type ColumnInput = TableInput['columns'][number];

function union(first: readonly string[] | undefined, second: readonly string[] | undefined): string[] {
  return [...new Set([...(first ?? []), ...(second ?? [])])];
}

function mergeColumn(base: ColumnInput, over: ColumnInput): ColumnInput {
  const merged: ColumnInput = { ...base, ...over, headers: union(over.headers, base.headers) };
  if (base.values !== undefined && over.values !== undefined) {
    const values: Record<string, string[]> = {};
    for (const key of Object.keys(over.values)) values[key] = union(over.values[key], base.values[key]);
    merged.values = values;
  }
  return merged;
}

function sameTable(a: TableInput, b: TableInput): boolean {
  return a.mode === b.mode && (a.mode === 'perSubject' || a.fact === b.fact);
}

function mergeTable(base: TableInput, over: TableInput): TableInput {
  const columns: ColumnInput[] = [];
  for (const column of over.columns) {
    const generated = base.columns.find((c) => c.to === column.to);
    columns.push(generated ? mergeColumn(generated, column) : column);
  }
  for (const column of base.columns) if (!over.columns.some((c) => c.to === column.to)) columns.push(column);
  return {
    ...base,
    ...over,
    sheets: union(over.sheets, base.sheets),
    ignoreHeaders: union(over.ignoreHeaders, base.ignoreHeaders),
    columns,
  };
}

/**
 * Merges a mapping written by hand over another (typically one generated from a
 * scheme by `schemeMapping`): tables pair up by mode and fact, columns by `to`; the
 * override's settings win, its headers come first and the base's stay as aliases
 * (so do choice words, sheet names and ignored headers); columns and tables only one
 * side has are kept. The result is not validated (pass it to `parseMapping`).
 *
 * @example
 * const mapping = parseMapping(mergeMappings(generated, { schemaVersion: 1, id: 'x', tables: [
 *   { id: 'appraisal', mode: 'perSubject', columns: [{ to: 'lateSubmissions', headers: ['迟交次数'] }] }] }));
 */
export function mergeMappings(base: MappingInput, override: MappingInput): MappingInput {
  const tables: TableInput[] = [];
  for (const table of override.tables) {
    const generated = base.tables.find((t) => sameTable(t, table));
    tables.push(generated ? mergeTable(generated, table) : table);
  }
  for (const table of base.tables) if (!override.tables.some((t) => sameTable(t, table))) tables.push(table);
  return { ...base, ...override, tables };
}
