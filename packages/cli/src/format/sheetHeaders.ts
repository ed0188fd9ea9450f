import type { Locale, SchemeSource } from '@kaohe/core';
import { cliMessage } from '../messages';
import { renderTable } from './table';

/**
 * The sheet headers a scorecard's column mapping reads, for `kaohe presets show`: per sheet,
 * each column's letter (as `kaohe template` lays them out), its Chinese and English headers,
 * whether it is required, and the other headers it is read under. Empty for a scheme no
 * mapping is made from (a penalty regime).
 *
 * @example
 * io.stdout.write(await sheetHeaders(getPreset(id)!.scheme, presetSchemes, 'zh-CN'));
 */
export async function sheetHeaders(scheme: unknown, schemes: SchemeSource, locale: Locale): Promise<string> {
  const { schemeMapping, sheetGuide, columnLetter, isAdapterError } = await import('@kaohe/adapters');
  let tables;
  try {
    tables = sheetGuide(schemeMapping(scheme, { schemes }));
  } catch (error) {
    if (isAdapterError(error)) return '';
    throw error;
  }
  const zh = locale === 'zh-CN';
  const headers = (zh ? ['列', '表头', 'Header', '必填', '也可写作'] : ['column', '表头', 'header', 'required', 'also read']).map((header) => ({ header }));
  const out = [cliMessage(locale, 'sheetHeaders')];
  for (const table of tables) {
    out.push('', cliMessage(locale, 'sheetName', `${table.sheet['zh-CN']} / ${table.sheet.en}`));
    const rows = table.columns.map((c, i) => [columnLetter(i), c.header['zh-CN'], c.header.en, cliMessage(locale, c.required ? 'required' : 'optional'), c.aliases.join(', ')]);
    out.push(renderTable(headers, rows));
  }
  return out.join('\n');
}
