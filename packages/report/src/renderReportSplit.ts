import type { SchemeResult } from '@kaohe/core';
import { renderReport, type ReportOptions } from './renderReport';

/** One file of a split report. */
export interface ReportFile {
  /** The group: a department, or what `groupOf` returned. */
  readonly group: string;
  /** A file name made from the group, safe on every file system. */
  readonly fileName: string;
  readonly html: string;
}

/** The department of a result: the part of its scheme's id before the first `/` (presets are named `department/role`). */
export function departmentOf(result: SchemeResult): string {
  const id = result.scheme.id;
  const slash = id.indexOf('/');
  return slash === -1 ? id : id.slice(0, slash);
}

/**
 * Renders a large run as an index (the overviews, with links and no subject pages) and one report
 * per group holding that group's overview and subject pages, so no single file grows with the
 * whole population.
 *
 * @example
 * const { index, files } = renderReportSplit(results, { locale: 'zh-CN' });
 * await writeFile('report.html', index);
 * for (const f of files) await writeFile(f.fileName, f.html);
 */
export function renderReportSplit(
  results: readonly SchemeResult[],
  options: ReportOptions & { readonly groupOf?: (result: SchemeResult) => string; readonly prefix?: string } = {},
): { index: string; files: ReportFile[] } {
  const groupOf = options.groupOf ?? departmentOf;
  const groups = new Map<string, SchemeResult[]>();
  for (const result of results) {
    const group = groupOf(result);
    const members = groups.get(group);
    if (members === undefined) groups.set(group, [result]);
    else members.push(result);
  }
  const used = new Set<string>();
  const files = [...groups].map(([group, members]) => {
    let base = `${options.prefix ?? 'report'}-${group.replace(/[^\p{L}\p{N}_-]+/gu, '_')}`;
    while (used.has(base)) base += '_';
    used.add(base);
    return { group, fileName: `${base}.html`, html: renderReport(members, { ...options, errors: [], rejected: [], warnings: [], summary: null, links: [], subjectPages: 'all', title: options.title === undefined ? group : `${options.title} · ${group}` }) };
  });
  const index = renderReport(results, { ...options, subjectPages: 'none', links: files.map((f) => ({ label: f.group, href: f.fileName })) });
  return { index, files };
}
