import { extname, resolve } from 'node:path';
import { resolveScorecard, type Locale } from '@kaohe/core';
import { examplePeriod } from '../examplePeriod';
import { EXIT, type CliIo } from '../io';
import { loadScheme, readJsonFile } from '../loadScheme';
import { cliMessage, UsageError } from '../messages';

/** Options of `kaohe template`. */
export interface TemplateCommandOptions {
  readonly preset?: string | undefined;
  readonly scheme?: string | undefined;
  /** A column mapping of one's own, instead of the one generated from the scheme. */
  readonly mapping?: string | undefined;
  readonly out?: string | undefined;
  readonly locale: Locale;
}

/**
 * `kaohe template`: writes the workbook to fill in for a scheme — the headers its
 * mapping reads, a sample row, drop-down lists, a notes sheet — and says how to
 * appraise it once filled in.
 */
export async function templateCommand(options: TemplateCommandOptions, io: CliIo): Promise<number> {
  const { locale } = options;
  if (options.out === undefined) throw new UsageError(cliMessage(locale, 'needOut'));
  if (extname(options.out).toLowerCase() !== '.xlsx') throw new UsageError(cliMessage(locale, 'templateOut', { path: options.out }));
  const loaded = await loadScheme(options, io.cwd, locale);
  const adapters = await import('@kaohe/adapters');
  const mapping =
    options.mapping === undefined
      ? adapters.schemeMapping(loaded.data, { schemes: loaded.schemes })
      : adapters.parseMapping(await readJsonFile(options.mapping, io.cwd, locale, 'mapping'));
  const resolved = resolveScorecard(loaded.data, loaded.schemes);
  await adapters.writeTemplateWorkbook(mapping, resolve(io.cwd, options.out), { locale, period: examplePeriod(resolved) });
  const scheme = options.scheme === undefined ? `--preset ${loaded.label}` : `--scheme ${options.scheme}`;
  const mappingFlag = options.mapping === undefined ? '' : ` --mapping ${options.mapping}`;
  const command = `kaohe appraise ${scheme} --input ${options.out}${mappingFlag}`;
  io.stdout.write(`${cliMessage(locale, 'templateWritten', { path: options.out, command })}\n`);
  return EXIT.ok;
}
