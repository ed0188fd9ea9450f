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
