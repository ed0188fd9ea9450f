import { describeRule, enumText, resolveScorecard, type Locale, type ScorecardInput } from '@kaohe/core';
import { getPreset, inferredNote, presets, presetSchemes } from '@kaohe/presets';
import { sheetHeaders } from '../format/sheetHeaders';
import { renderTable } from '../format/table';
import { EXIT, type CliIo } from '../io';
import { cliMessage, UsageError } from '../messages';

/** `kaohe presets`: the catalogue. */
export function presetsCommand(options: { format: 'json' | 'table'; locale: Locale }, io: CliIo): number {
  const { locale } = options;
  if (options.format === 'json') {
    const list = presets.map(({ scheme: _scheme, ...entry }) => entry);
    io.stdout.write(`${JSON.stringify({ presets: list }, null, 2)}\n`);
    return EXIT.ok;
  }
  const zh = locale === 'zh-CN';
  const rows = presets.map((p) => [p.id, p.name[locale], p.organisation, enumText('status', p.status)[locale] + (p.literal === true ? (zh ? '(原文)' : ' (literal)') : ''), p.sources.join(', ')]);
  const headers = zh ? ['id', '名称', '组织', '状态', '来源'] : ['id', 'name', 'organisation', 'status', 'sources'];
  io.stdout.write(`${renderTable(headers.map((header) => ({ header })), rows)}\n`);
  return EXIT.ok;
}

/** `kaohe presets show <id>`: a scheme's items, points, rules, sources and readings, and the sheet headers it reads. */
export async function presetShowCommand(id: string | undefined, options: { locale: Locale }, io: CliIo): Promise<number> {
  const { locale } = options;
  const entry = id === undefined ? undefined : getPreset(id);
  if (entry === undefined) throw new UsageError(cliMessage(locale, 'unknownPreset', id ?? ''));
  const zh = locale === 'zh-CN';
  const scheme = entry.scheme as { kind?: string };
  if (scheme.kind !== 'scorecard') {
    io.stdout.write(`${entry.id}: ${entry.name[locale]}\n${JSON.stringify(entry.scheme, null, 2)}\n`);
    return EXIT.ok;
  }
  const resolved = resolveScorecard(entry.scheme as ScorecardInput, presetSchemes);
  const out: string[] = [];
  out.push(`${resolved.id} ${resolved.version} — ${resolved.name[locale]}`);
  const [period, model, status] = [enumText('period', resolved.period), enumText('model', resolved.model), enumText('status', entry.status)].map((text) => text[locale]);
  out.push(zh ? `考核期:${period};计分方式:${model};状态:${status}` : `period: ${period}; model: ${model}; status: ${status}`);
  if (resolved.lineage.length > 0) out.push(`${zh ? '继承' : 'extends'}: ${resolved.lineage.join(' → ')}`);
  if (resolved.base !== undefined) out.push(`${zh ? '基础分' : 'base'}: ${resolved.base}`);
  out.push('');
  const rows = resolved.items.map((item) => [
    item.id,
    item.name[locale],
    item.points === undefined ? (item.weight === undefined ? '—' : `${item.weight}%`) : String(item.points),
    describeRule(item.rule, item.points === undefined ? { locale } : { locale, points: item.points }),
    'source' in item.provenance && item.provenance.source !== undefined ? item.provenance.source : '',
    'inferred' in item.provenance ? (zh ? '推定' : 'inferred') : '',
  ]);
  const headers = zh ? ['项', '名称', '分值', '规则', '来源', '解读'] : ['item', 'name', 'points', 'rule', 'source', 'reading'];
  out.push(renderTable(headers.map((header) => ({ header })), rows));
  for (const veto of resolved.vetoes) out.push('', `${zh ? '一票否决' : 'veto'} ${veto.id}: ${veto.name[locale]} → ${enumText('outcome', veto.outcome)[locale]}`);
  if (resolved.bands.length > 0) {
    out.push('', zh ? '等级:' : 'bands:');
    for (const band of resolved.bands) {
      const left = band.min === undefined ? '(−∞' : `${band.minInclusive ? '[' : '('}${band.min}`;
      const right = band.max === undefined ? '+∞)' : `${band.max}${band.maxInclusive ? ']' : ')'}`;
      out.push(`  ${band.name[locale]} ${left}, ${right}`);
    }
  }
  for (const reading of resolved.readings) {
    out.push('', `${zh ? '解读' : 'reading'} ${reading.id}: ${reading.chosen[locale]}`);
    if (reading.literal !== undefined) out.push(`  ${zh ? '原文' : 'literal'}: ${reading.literal[locale]}`);
  }
  for (const item of resolved.items) {
    if ('inferred' in item.provenance) out.push(`${zh ? '推定' : 'inferred'} ${item.id}: ${inferredNote(item.provenance.inferred, locale)}`);
  }
  const sheet = await sheetHeaders(entry.scheme, presetSchemes, locale);
  if (sheet !== '') out.push('', sheet);
  io.stdout.write(`${out.join('\n')}\n`);
  return EXIT.ok;
}
