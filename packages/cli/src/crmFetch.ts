import type { CrmProfile, CrmRecord } from '@kaohe/adapters';
import type { Locale } from '@kaohe/core';
import { cliMessage, UsageError } from './messages';
import type { SourceContext } from './sourceContext';

/** The flags of a live pull from a CRM's API, as given. */
export interface LiveFlags {
  readonly fetch?: string | undefined;
  readonly tokenEnv?: string | undefined;
  readonly soql?: string | undefined;
  readonly stageHistorySoql?: string | undefined;
}

/** A live pull, checked: the instance, the token read from the environment, and the queries. */
export interface LivePull {
  readonly url: string;
  readonly token: string;
  readonly soql: string;
  readonly stageHistorySoql?: string | undefined;
}

/** A CRM read live, rather than from an export: how its API's answers become records. */
export type LiveReader = (context: SourceContext, pull: LivePull, profile: CrmProfile) => Promise<CrmRecord[]>;

/**
 * The live pull a command line asks for, or `undefined` when it names no `--fetch`. The token
 * comes only from the environment variable `--token-env` names: a token written on the command
 * line would stay in the shell's history and in the process list.
 *
 * @example
 * livePull({ fetch: 'https://acme.my.salesforce.com', tokenEnv: 'SF_TOKEN', soql: 'SELECT Id FROM Opportunity' }, { SF_TOKEN: '00D…' }, 'en')
 * @throws UsageError for a query flag without --fetch, --fetch without --token-env or --soql, an unset variable, or a URL that is not http(s).
 */
export function livePull(flags: LiveFlags, env: Readonly<Record<string, string | undefined>>, locale: Locale): LivePull | undefined {
  if (flags.fetch === undefined) {
    const stray = flags.tokenEnv !== undefined ? '--token-env' : flags.soql !== undefined ? '--soql' : flags.stageHistorySoql !== undefined ? '--stage-history-soql' : undefined;
    if (stray !== undefined) throw new UsageError(cliMessage(locale, 'fetchOnly', { option: stray }));
    return undefined;
  }
  let url: URL | undefined;
  try {
    url = new URL(flags.fetch);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw new UsageError(cliMessage(locale, 'fetchUrl', { value: flags.fetch }));
  if (flags.tokenEnv === undefined || flags.soql === undefined) throw new UsageError(cliMessage(locale, 'fetchNeeds'));
  const token = env[flags.tokenEnv];
  if (token === undefined || token.trim() === '') throw new UsageError(cliMessage(locale, 'tokenEnvUnset', { value: flags.tokenEnv }));
  return { url: flags.fetch, token: token.trim(), soql: flags.soql, stageHistorySoql: flags.stageHistorySoql };
}
