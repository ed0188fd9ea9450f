import { parseArgs } from 'node:util';
import { isKaoheError, orgChartJsonSchema, scorecardJsonSchema, type Locale } from '@kaohe/core';
import { appraiseCommand } from './commands/appraise';
import { demoCommand } from './commands/demo';
import { lintCommand } from './commands/lint';
import { presetsCommand, presetShowCommand } from './commands/presets';
import { reportCommand } from './commands/report';
import { EXIT, type CliIo } from './io';
import { cliMessage, UsageError } from './messages';

function pickLocale(value: string | undefined): Locale {
  if (value === undefined) return 'en';
  if (value === 'zh-CN' || value === 'en') return value;
  throw new UsageError(cliMessage('en', 'unknownLocale', value));
}

function pickFormat(value: string | undefined, fallback: 'json' | 'table', locale: Locale): 'json' | 'table' {
  if (value === undefined) return fallback;
  if (value === 'json' || value === 'table') return value;
  throw new UsageError(cliMessage(locale, 'unknownFormat', value));
}

/**
 * Runs the `kaohe` command with its arguments and returns the exit code. Output goes to `io`, so
 * the command runs the same from a terminal, a script or a test.
 *
 * @example
 * const code = await main(['appraise', '--preset', 'tech-support-center/presales-engineer', '--input', 'c.json'], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let locale: Locale = 'en';
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        preset: { type: 'string' },
        scheme: { type: 'string' },
        input: { type: 'string' },
        org: { type: 'string' },
        mapping: { type: 'string' },
        period: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        locale: { type: 'string' },
        explain: { type: 'boolean', default: false },
        pages: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    locale = pickLocale(values.locale);
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout.write(`${cliMessage(locale, 'usage')}\n`);
      return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
    }
    switch (command) {
      case 'appraise':
        return await appraiseCommand({ preset: values.preset, scheme: values.scheme, input: values.input, org: values.org, mapping: values.mapping, period: values.period, out: values.out, format: pickFormat(values.format, 'json', locale), locale, explain: values.explain }, io);
      case 'lint':
        return await lintCommand({ preset: values.preset, scheme: values.scheme ?? rest[0], format: pickFormat(values.format, 'table', locale), locale }, io);
      case 'presets':
        if (rest[0] === 'show') return presetShowCommand(rest[1], { locale }, io);
        return presetsCommand({ format: pickFormat(values.format, 'table', locale), locale }, io);
      case 'schema': {
        const which = rest[0] ?? 'scorecard';
        if (which !== 'scorecard' && which !== 'org-chart') throw new UsageError(cliMessage(locale, 'unknownSchema', which));
        io.stdout.write(`${JSON.stringify(which === 'scorecard' ? scorecardJsonSchema() : orgChartJsonSchema(), null, 2)}\n`);
        return EXIT.ok;
      }
      case 'report':
        return await reportCommand({ input: values.input, preset: values.preset, scheme: values.scheme, org: values.org, mapping: values.mapping, period: values.period, out: values.out, pages: values.pages, locale }, io);
      case 'demo':
        return await demoCommand({ locale, explain: values.explain }, io);
      default:
        throw new UsageError(cliMessage(locale, 'unknownCommand', command));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`kaohe: ${error.message}\n`);
      return EXIT.usage;
    }
    if (isKaoheError(error)) {
      io.stderr.write(`kaohe: ${error.format(locale)}\n`);
      return EXIT.failed;
    }
    if (error instanceof TypeError && 'code' in error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`kaohe: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
