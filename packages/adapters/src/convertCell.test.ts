import { describe, expect, it } from 'vitest';
import { compileConverter } from './convertCell.js';
import { MappingSchema, type MappingColumn } from './mappingSchema.js';

const context = { timeZone: 'Asia/Shanghai', date1904: false };

function column(partial: Record<string, unknown>): MappingColumn {
  const mapping = MappingSchema.parse({
    schemaVersion: 1,
    id: 't',
    tables: [{ id: 't', mode: 'perSubject', columns: [{ to: 'subject', headers: ['工号'] }, { to: 'x', headers: ['X'], ...partial }] }],
  });
  return mapping.tables[0]!.columns[1]!;
}

describe('compileConverter', () => {
  it('reads decimals exactly, as strings', () => {
    const convert = compileConverter(column({ type: 'decimal' }), context);
    expect(convert('85%')).toEqual({ ok: true, value: '0.85' });
    expect(convert(0.85)).toEqual({ ok: true, value: '0.85' });
    expect(convert('1,234')).toEqual({ ok: true, value: '1234' });
    expect(convert('８５')).toEqual({ ok: true, value: '85' });
    expect(convert({ kind: 'percent', value: 0.85 })).toEqual({ ok: true, value: '0.85' });
    expect(convert('abc')).toEqual({ ok: false, code: 'notANumber', params: { value: 'abc' } });
  });

  it('reads whole-number text in decimal columns within their bounds, the same as any other decimal', () => {
    const convert = compileConverter(column({ type: 'decimal', min: 0, max: 10 }), context);
    expect(convert('10')).toEqual({ ok: true, value: '10' });
    expect(convert('0')).toEqual({ ok: true, value: '0' });
    expect(convert('010')).toEqual({ ok: true, value: '10' });
    expect(convert('11')).toEqual({ ok: false, code: 'aboveMaximum', params: { value: '11', max: 10 } });
    expect(convert('1000000000000000000')).toEqual({ ok: false, code: 'aboveMaximum', params: { value: '1000000000000000000', max: 10 } });
    const percent = compileConverter(column({ type: 'decimal', percent: true }), context);
    expect(percent('85')).toEqual({ ok: true, value: '0.85' });
  });

  it('reads percentage columns', () => {
    const convert = compileConverter(column({ type: 'decimal', percent: true }), context);
    expect(convert('85')).toEqual({ ok: true, value: '0.85' });
    expect(convert('85%')).toEqual({ ok: true, value: '0.85' });
    expect(convert({ kind: 'percent', value: 0.85 })).toEqual({ ok: true, value: '0.85' });
  });

  it('reads integers as numbers, with bounds', () => {
    const convert = compileConverter(column({ type: 'integer', min: 0, max: 10 }), context);
    expect(convert('3')).toEqual({ ok: true, value: 3 });
    expect(convert(3)).toEqual({ ok: true, value: 3 });
    expect(convert('１０')).toEqual({ ok: true, value: 10 });
    expect(convert('3.0')).toEqual({ ok: true, value: 3 });
    expect(convert('3.5')).toEqual({ ok: false, code: 'notAnInteger', params: { value: '3.5' } });
    expect(convert('-1')).toEqual({ ok: false, code: 'belowMinimum', params: { value: '-1', min: 0 } });
    expect(convert(11)).toEqual({ ok: false, code: 'aboveMaximum', params: { value: '11', max: 10 } });
  });

  it('never defaults an empty cell', () => {
    const required = compileConverter(column({ type: 'integer' }), context);
    expect(required(null)).toEqual({ ok: false, code: 'emptyCell', params: { header: 'X' } });
    expect(required('  ')).toEqual({ ok: false, code: 'emptyCell', params: { header: 'X' } });
    expect(required('\u3000')).toEqual({ ok: false, code: 'emptyCell', params: { header: 'X' } });
    const optional = compileConverter(column({ type: 'integer', allowEmpty: true }), context);
    expect(optional(null)).toEqual({ ok: true, value: undefined });
  });

  it('reads booleans', () => {
    const convert = compileConverter(column({ type: 'boolean' }), context);
    expect(convert('是')).toEqual({ ok: true, value: true });
    expect(convert('否')).toEqual({ ok: true, value: false });
    expect(convert('✓')).toEqual({ ok: true, value: true });
    expect(convert(true)).toEqual({ ok: true, value: true });
    expect(convert('也许')).toEqual({ ok: false, code: 'notABoolean', params: { value: '也许' } });
  });

  it('reads choices by their words', () => {
    const convert = compileConverter(column({ type: 'choice', values: { good: ['好', '良好'], fail: ['差'] } }), context);
    expect(convert('良好')).toEqual({ ok: true, value: 'good' });
    expect(convert('GOOD')).toEqual({ ok: true, value: 'good' });
    expect(convert('一般')).toEqual({ ok: false, code: 'notAnOption', params: { value: '一般', options: 'good, fail' } });
  });

  it('reads dates: text, serial numbers and spreadsheet date cells', () => {
    const convert = compileConverter(column({ type: 'date' }), context);
    expect(convert('2026/9/1')).toEqual({ ok: true, value: '2026-09-01' });
    expect(convert(46266)).toEqual({ ok: true, value: '2026-09-01' });
    expect(convert('46266')).toEqual({ ok: true, value: '2026-09-01' });
    expect(convert({ kind: 'date', date: new Date(Date.UTC(2026, 8, 1)), hasTime: false })).toEqual({ ok: true, value: '2026-09-01' });
    expect(convert('2026/2/30')).toEqual({ ok: false, code: 'impossibleDate', params: { value: '2026/2/30' } });
    expect(convert('9/1/2026')).toEqual({ ok: false, code: 'notADate', params: { value: '9/1/2026' } });
    expect(convert('2026/9/1 10:00')).toEqual({ ok: false, code: 'unexpectedTime', params: { value: '2026/9/1 10:00' } });
    expect(convert(3_000_000)).toEqual({ ok: false, code: 'serialOutOfRange', params: { value: '3000000' } });
  });

  it('reads date-times as local time of the zone, with its offset', () => {
    const convert = compileConverter(column({ type: 'dateTime' }), context);
    expect(convert('2026/9/1 10:00')).toEqual({ ok: true, value: '2026-09-01T10:00:00+08:00' });
    expect(convert(46206.4166666667)).toEqual({ ok: true, value: '2026-07-03T10:00:00+08:00' });
    expect(convert('2026-07-01T00:30:00+09:00')).toEqual({ ok: true, value: '2026-07-01T00:30:00+09:00' });
    expect(convert('2026/9/1')).toEqual({ ok: false, code: 'dateWithoutTime', params: { value: '2026/9/1' } });
    const utc = compileConverter(column({ type: 'dateTime' }), { timeZone: 'UTC', date1904: false });
    expect(utc('2026/9/1 10:00')).toEqual({ ok: true, value: '2026-09-01T10:00:00+00:00' });
  });

  it('reports formula problems', () => {
    const convert = compileConverter(column({ type: 'decimal' }), context);
    expect(convert({ kind: 'formulaError', text: '#DIV/0!' })).toEqual({ ok: false, code: 'formulaError', params: { value: '#DIV/0!' } });
    expect(convert({ kind: 'formulaWithoutValue', text: '=A1' })).toEqual({ ok: false, code: 'formulaWithoutValue', params: { value: '=A1' } });
  });

  it('reads text, numbers included', () => {
    const convert = compileConverter(column({}), context);
    expect(convert('  张三 ')).toEqual({ ok: true, value: '张三' });
    expect(convert(1001)).toEqual({ ok: true, value: '1001' });
  });
});

describe('compileConverter: the plain cells read before the rest', () => {
  it('gives for text near the plain forms what the whole reader gives', () => {
    const integer = compileConverter(column({ type: 'integer', min: 1, max: 50 }), context);
    expect(['7', '50', '0', '51', '007', ' 7', '7 ', '+7', '-7', '', '   ', '７'].map((cell) => integer(cell))).toEqual([
      { ok: true, value: 7 }, { ok: true, value: 50 },
      { ok: false, code: 'belowMinimum', params: { value: '0', min: 1 } },
      { ok: false, code: 'aboveMaximum', params: { value: '51', max: 50 } },
      { ok: true, value: 7 }, { ok: true, value: 7 }, { ok: true, value: 7 }, { ok: true, value: 7 },
      { ok: false, code: 'belowMinimum', params: { value: '-7', min: 1 } },
      { ok: false, code: 'emptyCell', params: { header: 'X' } }, { ok: false, code: 'emptyCell', params: { header: 'X' } },
      { ok: true, value: 7 },
    ]);
    const decimal = compileConverter(column({ type: 'decimal', min: 0, max: 10, allowEmpty: true, required: false }), context);
    expect(['8', '10', '11', '08', '8.50', '85%', '1000%', '5%%', '%', '', ' '].map((cell) => decimal(cell))).toEqual([
      { ok: true, value: '8' }, { ok: true, value: '10' },
      { ok: false, code: 'aboveMaximum', params: { value: '11', max: 10 } },
      { ok: true, value: '8' }, { ok: true, value: '8.5' }, { ok: true, value: '0.85' }, { ok: true, value: '10' },
      { ok: false, code: 'notANumber', params: { value: '5%%' } }, { ok: false, code: 'notANumber', params: { value: '%' } },
      { ok: true, value: undefined }, { ok: true, value: undefined },
    ]);
    const percent = compileConverter(column({ type: 'decimal', percent: true }), context);
    expect(['85', '85%', '0'].map((cell) => percent(cell))).toEqual([{ ok: true, value: '0.85' }, { ok: true, value: '0.85' }, { ok: true, value: '0' }]);
    const text = compileConverter(column({ type: 'text', allowEmpty: true, required: false }), context);
    expect(['张三 ', ' 张三', '\u3000', "'=1+1", "'abc", 'a\u3000'].map((cell) => text(cell))).toEqual([
      { ok: true, value: '张三' }, { ok: true, value: '张三' }, { ok: true, value: undefined },
      { ok: true, value: '=1+1' }, { ok: true, value: "'abc" }, { ok: true, value: 'a' },
    ]);
  });
});
