import { describe, expect, it } from 'vitest';
import { compileCellEncoder } from './cellEncoder.js';
import { CellFailure, compileCellReader, type CellValue } from './convertCell.js';
import { EventTable } from './EventTable.js';
import { MappingSchema, type MappingColumn } from './mappingSchema.js';
import type { RawCell } from './rawCell.js';

const context = { timeZone: 'Asia/Shanghai', date1904: false };

function column(partial: Record<string, unknown>): MappingColumn {
  const mapping = MappingSchema.parse({
    schemaVersion: 1,
    id: 't',
    tables: [{ id: 't', mode: 'perEvent', fact: 'e', columns: [{ to: 'subject', headers: ['工号'] }, { to: 'x', headers: ['X'], ...partial }] }],
  });
  return mapping.tables[0]!.columns[1]!;
}

/** What the encoder stores for each cell, read back through the table; failures as their code and params. */
function throughTable(partial: Record<string, unknown>, cells: readonly RawCell[]): unknown[] {
  const table = new EventTable();
  const layout = table.addLayout(0, ['x']);
  const c = column(partial);
  const encode = compileCellEncoder(c, compileCellReader(c, context), table, table.fieldOf(layout, 0));
  const out: unknown[] = [];
  cells.forEach((cell, i) => {
    // twice: the second time through whatever the encoder remembered
    for (const _ of [0, 1]) {
      const code = encode(cell);
      if (code instanceof CellFailure) out.push({ code: code.code, params: code.params });
      else {
        table.addCodes(i, layout, Int32Array.of(code), i);
        out.push('stored');
      }
    }
  });
  table.group(cells.length);
  return out.map((o, k) => (o === 'stored' ? (table.toObjects(Math.floor(k / 2))[k % 2]?.x ?? 'absent') : o));
}

/** The same through the column's reader alone. */
function throughReader(partial: Record<string, unknown>, cells: readonly RawCell[]): unknown[] {
  const read = compileCellReader(column(partial), context);
  return cells.flatMap((cell) => {
    const value: CellValue | undefined | CellFailure = read(cell);
    const one = value instanceof CellFailure ? { code: value.code, params: value.params } : (value ?? 'absent');
    return [one, one];
  });
}

const CASES: [Record<string, unknown>, RawCell[]][] = [
  [{ type: 'integer', min: 0, max: 100 }, ['0', '7', '100', '101', '-1', '+3', '007', '3.0', '3.5', '１２', '1,000', ' 4', '', '　', 'x', 5, 2147483648, null]],
  [{ type: 'integer' }, ['2147483647', '2147483648', '999999999999999', '9999999999999999', '-0', '0']],
  [{ type: 'decimal', min: 0 }, ['0', '120', '65535', '65536', '0.5', '1,234.50', '85%', '-1', '007', '', '1e2', ' 5', 'abc', 0.85, '99999999999999999999']],
  [{ type: 'decimal', percent: true }, ['85', '85%', '0']],
  [{ type: 'boolean', allowEmpty: true }, ['是', '否', 'Y', 'n', '1', '0', '✓', '×', 'yes', 'No', '', ' 是', '也许', '是 ', true, 1, 2]],
  [{ type: 'dateTime' }, ['2026/7/1 0:00', '2026-07-01 00:00', '2026/7/1', '2026/13/1 10:00', '2026/2/30 1:00', '2026/7/1 25:00', '2026/7/1 10:00 ',
    '2026/07/01 10:00+09:00', '46266.5', '2026年7月1日 10时05分', '9/1/2026 10:00', '', 46266.25]],
  [{ type: 'date' }, ['2026/7/1', '2026-07-01', '2026/7/1 10:00', '2026/2/29', '20260701', 46266]],
  [{ type: 'text' }, ['张三', ' 张三 ', "'=X", "'张三", 'a\u00a0', '', 12, '＝1']],
  [{ type: 'choice', values: { good: ['好', '优'], fail: ['差'] } }, ['好', '优', '差', ' 好', '中', '']],
];

describe('compileCellEncoder', () => {
  it.each(CASES)('stores exactly what the reader reads, and fails as it does (%o)', (partial, cells) => {
    expect(throughTable(partial, cells)).toEqual(throughReader(partial, cells));
  });
});
