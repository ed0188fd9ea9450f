import { parseArgs } from 'node:util';
import type { Locale } from '@kaohe/core';
import { closestWord } from './closestWord';
import { cliMessage, commandNames, commandUsage, UsageError } from './messages';

const OPTIONS = {
  preset: { type: 'string' },
  scheme: { type: 'string' },
  input: { type: 'string' },
  'input-format': { type: 'string' },
  org: { type: 'string' },
  mapping: { type: 'string' },
  period: { type: 'string' },
  out: { type: 'string' },
  rejects: { type: 'string' },
  crm: { type: 'string' },
  tickets: { type: 'string' },
  'stage-history': { type: 'string' },
  pipelines: { type: 'string' },
  fetch: { type: 'string' },
  'token-env': { type: 'string' },
  soql: { type: 'string' },
  'stage-history-soql': { type: 'string' },
  ratings: { type: 'string' },
  facts: { type: 'string' },
  history: { type: 'string', multiple: true },
  jobs: { type: 'string' },
  shard: { type: 'string' },
  format: { type: 'string' },
  locale: { type: 'string' },
  explain: { type: 'boolean', default: false },
  // A negation of its own: parseArgs (Node 20) knows no --no-<flag>.
  'no-lines': { type: 'boolean', default: false },
  pages: { type: 'string' },
  'against-preset': { type: 'string' },
  'against-scheme': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The flags of the command line, as typed. */
const FLAGS = Object.keys(OPTIONS).map((name) => `--${name}`);

/** The command line, parsed. */
export interface CommandLine {
  readonly values: ReturnType<typeof parse>['values'];
  readonly positionals: readonly string[];
}

function parse(argv: readonly string[]) {
  return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
}

/** The locale asked for, read by hand when the line does not parse (the message should still be in it). */
export function localeOf(argv: readonly string[]): Locale {
  for (const [i, arg] of argv.entries()) {
    const value = arg === '--locale' ? argv[i + 1] : arg.startsWith('--locale=') ? arg.slice('--locale='.length) : undefined;
    if (value === 'zh-CN' || value === 'en') return value;
  }
  return 'en';
}

/** The command word: the first argument that is neither a flag nor the value of one. */
function commandOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('-')) return arg;
    const name = arg.replace(/^--/, '');
    if (!arg.includes('=') && name in OPTIONS && OPTIONS[name as keyof typeof OPTIONS].type === 'string') i++;
  }
  return undefined;
}

/** The usage of the command being typed (or the whole usage when there is none), as a line to append. */
function usageFor(locale: Locale, argv: readonly string[]): string {
  const command = commandOf(argv);
  const usage = command === undefined ? '' : commandUsage(locale, command);
  return usage === '' ? '' : `\n${cliMessage(locale, 'usageLine', usage)}`;
}

/** How a flag is written with its value in the usage text (`--input <file>`, `--format json|table`). */
function flagWithValue(locale: Locale, flag: string): string {
  const written = new RegExp(`${flag} ([^\\s\\]\\)]+)`).exec(cliMessage(locale, 'usage'));
  return written === null ? flag : `${flag} ${written[1] as string}`;
}

/**
 * Parses the `kaohe` command line. A mistake is a {@link UsageError} saying what is wrong and
 * what to type instead: an unknown flag with the known flag it most likely meant and the
 * command's usage line; a flag without its value with how to give one.
 *
 * @example
 * parseCommandLine(['appraise', '--preset', 'x', '--input', 'c.json']).values.input // 'c.json'
 * @throws UsageError for an unknown flag, a missing value or a value given to a switch.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  try {
    const { values, positionals } = parse(argv);
    return { values, positionals };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (!(error instanceof TypeError) || typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw error;
    const locale = localeOf(argv);
    const named = /'(?:-\w, )?(-{1,2}[^'\s=]+)/.exec(error.message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const suggestion = closestWord(named, FLAGS);
      const message = cliMessage(locale, 'unknownOption', { option: named, suggestion: suggestion === undefined ? '' : cliMessage(locale, 'didYouMean', suggestion) });
      throw new UsageError(`${message}${usageFor(locale, argv)}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const takesValue = named.replace(/^--/, '') in OPTIONS && OPTIONS[named.replace(/^--/, '') as keyof typeof OPTIONS].type === 'string';
      const message = takesValue
        ? cliMessage(locale, 'missingValue', { option: named, usage: flagWithValue(locale, named) })
        : cliMessage(locale, 'noValueTaken', { option: named });
      throw new UsageError(`${message}${usageFor(locale, argv)}`);
    }
    throw new UsageError(`${error.message}${usageFor(locale, argv)}`);
  }
}

/**
 * The message for an unknown command: the command it most likely meant, else the list.
 *
 * @example
 * unknownCommand('en', 'apprise') // 'unknown command "apprise"; did you mean appraise?'
 */
export function unknownCommand(locale: Locale, command: string): string {
  const suggestion = closestWord(command, commandNames());
  return suggestion === undefined
    ? `${cliMessage(locale, 'unknownCommand', command)}\n${cliMessage(locale, 'usage')}`
    : cliMessage(locale, 'unknownCommandSuggestion', { command, value: suggestion });
}
