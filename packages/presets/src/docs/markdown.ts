/** How the pages put rules and conditions into words: English, with names as code spans. */
export const PAGE_WORDS = { locale: 'en', markdown: true } as const;

/** A table cell: pipes escaped, line breaks flattened. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** A Markdown table. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** English with its Chinese term: `Department manager (部门经理)`. */
export function bilingual(text: { readonly 'zh-CN': string; readonly en?: string | undefined }): string {
  return text.en === undefined ? text['zh-CN'] : `${text.en} (${text['zh-CN']})`;
}

/** A quotation from a source document. */
export function quote(clause: string): string {
  return `“${clause}”`;
}

/** The notice at the top of every generated page. */
export const GENERATED_NOTICE = '<!-- Generated from the preset data of @kaohe/presets (packages/presets/src/docs). Do not edit: run `pnpm docs:presets`. -->';

/** A fenced code block. */
export function codeBlock(language: string, code: string): string {
  return `\`\`\`${language}\n${code.trimEnd()}\n\`\`\``;
}

/** Joins a page's parts: at most one blank line in a row, one newline at the end. */
export function finishPage(parts: readonly string[]): string {
  return `${parts.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** A sentence's first letter in upper case: `technical director` → `Technical director`. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A JSON value written as a TypeScript literal, on one line: `{ holidays: ['2026-10-01'], workdays: [] }`.
 * Keys that are identifiers go unquoted; strings take single quotes.
 */
export function tsLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(tsLiteral).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([key, v]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`}: ${tsLiteral(v)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : String(value);
}
