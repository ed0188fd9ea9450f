import type { SourceRunOptions } from './sourceInput';

/** The flags of a source run as `parseArgs` gives them. */
interface SourceValues {
  readonly crm?: string | undefined;
  readonly tickets?: string | undefined;
  readonly 'stage-history'?: string | undefined;
  readonly pipelines?: string | undefined;
  readonly fetch?: string | undefined;
  readonly 'token-env'?: string | undefined;
  readonly soql?: string | undefined;
  readonly 'stage-history-soql'?: string | undefined;
  readonly ratings?: string | undefined;
  readonly facts?: string | undefined;
  readonly history?: string[] | undefined;
}

/**
 * The files `--history` names: each value of the flag (it may be repeated), and the words that
 * follow one up to the next flag, so that a shell glob (`--history results-*.jsonl`) names them all.
 *
 * @example
 * historyFiles(['appraise', '--history', 'a.jsonl', 'b.jsonl', '--period', '2026-10']) // ['a.jsonl', 'b.jsonl']
 */
export function historyFiles(argv: readonly string[]): string[] {
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith('--history=')) files.push(arg.slice('--history='.length));
    else if (arg !== '--history') continue;
    else if (argv[i + 1] !== undefined) files.push(argv[++i] as string);
    while (argv[i + 1] !== undefined && !(argv[i + 1] as string).startsWith('-')) files.push(argv[++i] as string);
  }
  return files;
}

/**
 * Every value of `--input`, in order: a source that reads the tables of an export takes one
 * file per table. Only repeated flags count (not the words after one, as `--history` takes),
 * so that a command word after `--input file` is not read as a file.
 *
 * @example
 * inputFiles(['appraise', '--input', 'Opportunity.csv', '--input=Payment__c.csv']) // ['Opportunity.csv', 'Payment__c.csv']
 */
export function inputFiles(argv: readonly string[]): string[] {
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith('--input=')) files.push(arg.slice('--input='.length));
    else if (arg === '--input' && argv[i + 1] !== undefined) files.push(argv[++i] as string);
  }
  return files;
}

/**
 * The source flags of `kaohe appraise` from the parsed command line.
 *
 * @example
 * sourceFlags({ tickets: 'zendesk' }, ['appraise', '--tickets', 'zendesk']) // { tickets: 'zendesk', history: [], … }
 */
export function sourceFlags(values: SourceValues, argv: readonly string[]): Omit<SourceRunOptions, 'input' | 'period'> {
  return { inputs: inputFiles(argv), crm: values.crm, tickets: values.tickets, stageHistory: values['stage-history'], pipelines: values.pipelines, fetch: values.fetch, tokenEnv: values['token-env'], soql: values.soql, stageHistorySoql: values['stage-history-soql'], ratings: values.ratings, facts: values.facts, history: values.history === undefined ? [] : historyFiles(argv) };
}
