import { availableParallelism } from 'node:os';
import type { Locale } from '@kaohe/core';
import { adapterError } from './adapterError';
import { appraiseCommand, compareCommand, demoCommand, lintCommand, mergeCommand, presetsCommand, presetShowCommand, reportCommand, schemaCommand, templateCommand } from './lazyCommands';
import { FileError } from './FileError';
import { EXIT, type CliIo } from './io';
import { cliMessage, listOf, UsageError } from './messages';
import { localeOf, parseCommandLine, unknownCommand } from './parseCommandLine';
import { sourceFlags } from './sourceFlags';
import { OutputClosed } from './textOut';
import { parseShard, type Shard } from './shardOf';
import { WorkerError } from './WorkerError';

function pickLocale(value: string | undefined): Locale {
  if (value === undefined) return 'en';
  if (value === 'zh-CN' || value === 'en') return value;
  throw new UsageError(cliMessage('en', 'unknownLocale', value));
}

function pickFormat(value: string | undefined, fallback: 'json' | 'table', locale: Locale): 'json' | 'table' {
  if (value === undefined) return fallback;
  if (value === 'json' || value === 'table') return value;
  throw new UsageError(cliMessage(locale, 'unknownFormat', { value, accepted: listOf(locale, ['json', 'table']) }));
}

/** `appraise` also streams JSON Lines. */
function pickAppraiseFormat(value: string | undefined, locale: Locale): 'json' | 'jsonl' | 'table' {
  if (value === undefined || value === 'json' || value === 'jsonl' || value === 'table') return value ?? 'json';
  throw new UsageError(cliMessage(locale, 'unknownFormat', { value, accepted: listOf(locale, ['json', 'jsonl', 'table']) }));
}

/** Worker threads asked for: a whole number from 1 up, by default the cores Node may use. */
function pickJobs(value: string | undefined, locale: Locale): number {
  if (value === undefined) return availableParallelism();
  const jobs = /^\d{1,4}$/.test(value) ? Number(value) : 0;
  if (jobs < 1) throw new UsageError(cliMessage(locale, 'badJobs', value));
  return jobs;
}

/** `--shard i/n`, checked. */
function pickShard(value: string | undefined, locale: Locale): Shard | undefined {
  if (value === undefined) return undefined;
  const shard = parseShard(value);
  if (shard === undefined) throw new UsageError(cliMessage(locale, 'badShard', value));
  return shard;
}

/**
 * Runs the `kaohe` command with its arguments and returns the exit code. Output goes to `io`, so
 * the command runs the same from a terminal, a script or a test.
 *
 * @example
 * const code = await main(['appraise', '--preset', 'tech-support-center/presales-engineer', '--input', 'c.json'], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let locale: Locale = localeOf(argv);
  try {
    const { values, positionals } = parseCommandLine(argv);
    locale = pickLocale(values.locale);
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout.write(`${cliMessage(locale, 'usage')}\n`);
      return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
    }
    switch (command) {
      case 'appraise':
        return await appraiseCommand({ preset: values.preset, scheme: values.scheme, input: values.input, inputFormat: values['input-format'], org: values.org, mapping: values.mapping, period: values.period, out: values.out, rejects: values.rejects, format: pickAppraiseFormat(values.format, locale), locale, explain: values.explain, noLines: values['no-lines'], jobs: pickJobs(values.jobs, locale), shard: pickShard(values.shard, locale), ...sourceFlags(values, argv) }, io);
      case 'lint':
        return await lintCommand({ preset: values.preset, scheme: values.scheme ?? rest[0], format: pickFormat(values.format, 'table', locale), locale }, io);
      case 'presets':
        if (rest[0] === 'show') return await presetShowCommand(rest[1], { locale }, io);
        return await presetsCommand({ format: pickFormat(values.format, 'table', locale), locale }, io);
      case 'template':
        return await templateCommand({ preset: values.preset ?? rest[0], scheme: values.scheme, mapping: values.mapping, out: values.out, locale }, io);
      case 'schema':
        return await schemaCommand({ which: rest[0], out: values.out, locale }, io);
      case 'report':
        return await reportCommand({ input: values.input, preset: values.preset, scheme: values.scheme, org: values.org, mapping: values.mapping, period: values.period, out: values.out, pages: values.pages, locale }, io);
      case 'compare':
        return await compareCommand({ files: rest, input: values.input, preset: values.preset, scheme: values.scheme, againstPreset: values['against-preset'], againstScheme: values['against-scheme'], org: values.org, mapping: values.mapping, period: values.period, out: values.out, format: values.format, locale }, io);
      case 'merge':
        return await mergeCommand({ files: rest, out: values.out, locale }, io);
      case 'demo':
        return await demoCommand({ locale, explain: values.explain }, io);
      default:
        throw new UsageError(unknownCommand(locale, command));
    }
  } catch (error) {
    // The reader took what it wanted (`| head -1`): nothing is wrong, and nothing more is read.
    if (error instanceof OutputClosed) return EXIT.ok;
    if (error instanceof UsageError) {
      io.stderr.write(`kaohe: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof FileError || error instanceof WorkerError) {
      io.stderr.write(`kaohe: ${error.message}\n`);
      return EXIT.failed;
    }
    // A KaoheError comes from the core, which is loaded by then; other errors load it to be told apart.
    const { isKaoheError } = await import('@kaohe/core');
    if (isKaoheError(error)) {
      io.stderr.write(`kaohe: ${error.format(locale)}\n`);
      return EXIT.failed;
    }
    const bad = adapterError(error);
    if (bad !== null) {
      io.stderr.write(`kaohe: ${bad.format(locale)}\n`);
      return EXIT.failed;
    }
    throw error;
  }
}
