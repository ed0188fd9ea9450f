import { lint, type Locale } from '@kaohe/core';
import { renderTable } from '../format/table';
import { EXIT, type CliIo } from '../io';
import { loadScheme } from '../loadScheme';
import { cliMessage } from '../messages';

/** Options of `kaohe lint`. */
export interface LintCommandOptions {
  readonly preset?: string | undefined;
  readonly scheme?: string | undefined;
  readonly format: 'json' | 'table';
  readonly locale: Locale;
}

/** `kaohe lint`: prints the linter's findings; exits 1 when one of them is an error. */
export async function lintCommand(options: LintCommandOptions, io: CliIo): Promise<number> {
  const loaded = await loadScheme(options, io.cwd, options.locale);
  const findings = lint(loaded.data, { schemes: loaded.schemes });
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify({ scheme: loaded.label, findings }, null, 2)}\n`);
  } else if (findings.length === 0) {
    io.stdout.write(`${loaded.label}: ${cliMessage(options.locale, 'lintClean')}\n`);
  } else {
    const rows = findings.map((f) => [f.severity, f.code, f.path.map(String).join('.'), f.message[options.locale]]);
    io.stdout.write(`${loaded.label}\n${renderTable([{ header: 'severity' }, { header: 'code' }, { header: 'path' }, { header: 'message' }], rows)}\n`);
  }
  return findings.some((f) => f.severity === 'error') ? EXIT.failed : EXIT.ok;
}
