import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { orgChartJsonSchema, regimeJsonSchema, scorecardJsonSchema, type Locale } from '@kaohe/core';
import { EXIT, type CliIo } from '../io';
import { cliMessage, UsageError } from '../messages';

/** The JSON Schemas `kaohe schema` gives, by the name on the command line. */
const SCHEMAS = { scorecard: scorecardJsonSchema, regime: regimeJsonSchema, 'org-chart': orgChartJsonSchema } as const;

/** Options of `kaohe schema`. */
export interface SchemaCommandOptions {
  /** `scorecard` (when absent), `regime` or `org-chart`. */
  readonly which?: string | undefined;
  /** A file to write the schema to, for an editor; stdout when absent. */
  readonly out?: string | undefined;
  readonly locale: Locale;
}

/**
 * `kaohe schema`: the JSON Schema of a scorecard, a penalty regime or an org chart, printed or
 * written to `--out`; a scheme file then names it in `"$schema"` for completion and checks in an editor.
 *
 * @example
 * await schemaCommand({ which: 'scorecard', out: 'scorecard.schema.json', locale: 'en' }, io);
 * @throws {UsageError} for a name other than scorecard, regime or org-chart.
 */
export async function schemaCommand(options: SchemaCommandOptions, io: CliIo): Promise<number> {
  const which = options.which ?? 'scorecard';
  if (!Object.hasOwn(SCHEMAS, which)) throw new UsageError(cliMessage(options.locale, 'unknownSchema', which));
  const text = `${JSON.stringify(SCHEMAS[which as keyof typeof SCHEMAS](), null, 2)}\n`;
  if (options.out === undefined) {
    io.stdout.write(text);
    return EXIT.ok;
  }
  await writeFile(resolve(io.cwd, options.out), text, 'utf8');
  io.stderr.write(`${cliMessage(options.locale, 'schemaWritten', options.out)}\n`);
  return EXIT.ok;
}
