import { readdir } from 'node:fs/promises';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import type { Locale } from '@kaohe/core';
import { closestWord } from './closestWord';
import { jsonErrorPosition } from './jsonErrorPosition';
import { cliMessage, UsageError } from './messages';

/** The file in the same folder whose name is closest to a missing one (`exmaple-c.json` → `example-c.json`). */
async function nearName(path: string, cwd: string): Promise<string | undefined> {
  const names = await readdir(dirname(resolve(cwd, path))).catch(() => [] as string[]);
  const near = closestWord(basename(path), names);
  return near === undefined ? undefined : path.slice(0, path.length - basename(path).length) + near;
}

/**
 * What to tell about a file named on the command line that could not be opened, from the
 * error of the file system: not found (with the nearest name in its folder, and the folder
 * a relative path was looked for in), a folder, no permission, or the system's reason.
 *
 * @example
 * await readFile(path).catch(async (error) => { throw await fileProblem(error, path, cwd, 'en'); });
 */
export async function fileProblem(error: unknown, path: string, cwd: string, locale: Locale): Promise<UsageError> {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    const near = await nearName(path, cwd);
    const looked = isAbsolute(path) ? '' : cliMessage(locale, 'notFoundLooked', dirname(resolve(cwd, path)));
    const suggestion = `${looked}${near === undefined ? '' : cliMessage(locale, 'notFoundSuggestion', near)}`;
    return new UsageError(cliMessage(locale, 'notFound', { path, suggestion }));
  }
  if (code === 'EISDIR') return new UsageError(cliMessage(locale, 'isDirectory', path));
  if (code === 'EACCES' || code === 'EPERM') return new UsageError(cliMessage(locale, 'noPermission', path));
  return new UsageError(cliMessage(locale, 'unreadable', { path, reason: error instanceof Error ? error.message : String(error) }));
}

/** What a JSON file named on the command line should hold, for the message when it does not parse. */
export type JsonFileKind = 'scheme' | 'input' | 'mapping' | 'org' | 'results' | 'profile' | 'export';

const EXPECTED = { scheme: 'expectedScheme', input: 'expectedInput', mapping: 'expectedMapping', org: 'expectedOrg', results: 'expectedResults', profile: 'expectedProfile', export: 'expectedExport' } as const;

/** The parser's reason without the parts that change between Node versions: the position, the line, a copy of the text. */
function parserReason(message: string): string {
  return message
    .replace(/, (?:\.\.\.)?".*is not valid JSON$/s, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ at position \d+/, '')
    .replace(/ in JSON$/, '');
}

/**
 * The message for JSON text that does not parse: the file, the line and column of the first
 * character that breaks the grammar (the end of the text when it stops early), the parser's
 * reason, and what kind of file was expected.
 *
 * @example
 * jsonSyntaxProblem(new SyntaxError('Unexpected token \'x\', "{"a": x}" is not valid JSON'), '{"a": x}', 'in.json', 'input', 'en')
 * // 'in.json is not valid JSON: Unexpected token \'x\' at line 1, column 7; expected subjects: …'
 */
export function jsonSyntaxProblem(error: SyntaxError, text: string, path: string, kind: JsonFileKind, locale: Locale): string {
  // A parser that ran off the end points past trailing blank lines; the text ends at its last character.
  const position = Math.min(jsonErrorPosition(text) ?? text.length, text.trimEnd().length);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return cliMessage(locale, 'notJson', { path, reason: parserReason(error.message), line: String(line), column: String(column), expected: cliMessage(locale, EXPECTED[kind]) });
}
