import type { Locale } from '@kaohe/core';

const en = {
  usage: `kaohe — appraisal schemes as data

Usage:
  kaohe appraise (--preset <id> | --scheme <file>) --input <file> [--org <file>] [--mapping <m.json>] [--period <p>] [--out <results.xlsx>] [--format json|table] [--explain] [--locale zh-CN|en]
  kaohe lint (--preset <id> | --scheme <file>) [--format json|table] [--locale zh-CN|en]
  kaohe presets [--format json|table] [--locale zh-CN|en]
  kaohe presets show <id> [--locale zh-CN|en]
  kaohe schema [scorecard|org-chart]            the JSON Schema of a scheme or an org chart, for editors
  kaohe demo [--locale zh-CN|en]
  kaohe report --input <results.jsonl|results.json|inputs> [--preset <id> | --scheme <file>] [--out <report.html>] [--pages all|none|split] [--locale zh-CN|en]

Input: a JSON file holding one subject { "subject", "period", "facts", "ratings" } or an array of them,
or an .xlsx or .csv file (UTF-8 or GBK) read with the scheme's column mapping or --mapping; rejected
rows are listed on stderr and under "rejected", and make the exit code 1.
Output (--format json): { "results": [ … ] } with decimals as strings ("90.14"); exit code 0,
1 when a subject could not be appraised (each named on stderr with its field), 2 for a bad command line.`,
  unknownCommand: 'unknown command "{value}"',
  needScheme: 'give --preset <id> or --scheme <file>',
  bothScheme: 'give --preset or --scheme, not both',
  needInput: 'give --input <file>',
  unknownPreset: 'no preset "{value}"; `kaohe presets` lists them',
  unknownFormat: 'unknown format "{value}"; use json or table',
  unknownLocale: 'unknown locale "{value}"; use zh-CN or en',
  unreadable: 'cannot read {value}',
  notJson: 'is not JSON: {value}',
  unsupportedInput: 'cannot read {value}: give a .json, .xlsx or .csv file',
  mappingForJson: '--mapping is for .xlsx and .csv inputs',
  rejectedCount: '{value} row(s) could not be used',
  progress: 'reading {value} rows',
  noSubjects: 'holds no subject',
  failedCount: '{value} subject(s) could not be appraised',
  lintClean: 'no findings',
  unknownSchema: 'unknown schema "{value}"; use scorecard or org-chart',
  unknownPages: 'unknown --pages "{value}"; use all, none or split',
  splitNeedsOut: '--pages split writes one file per department: give --out <report.html>',
  reportWritten: 'wrote {value}',
} as const;

type MessageKey = keyof typeof en;

const zhCN: Record<MessageKey, string> = {
  usage: `kaohe —— 以数据表达考核方案

用法:
  kaohe appraise (--preset <id> | --scheme <文件>) --input <文件> [--org <文件>] [--mapping <m.json>] [--period <期间>] [--out <结果.xlsx>] [--format json|table] [--explain] [--locale zh-CN|en]
  kaohe lint (--preset <id> | --scheme <文件>) [--format json|table] [--locale zh-CN|en]
  kaohe presets [--format json|table] [--locale zh-CN|en]
  kaohe presets show <id> [--locale zh-CN|en]
  kaohe schema [scorecard|org-chart]            方案或组织架构的 JSON Schema,供编辑器使用
  kaohe demo [--locale zh-CN|en]
  kaohe report --input <results.jsonl|results.json|输入文件> [--preset <id> | --scheme <文件>] [--out <report.html>] [--pages all|none|split] [--locale zh-CN|en]

输入:一个 JSON 文件,内含一个考核对象 { "subject", "period", "facts", "ratings" } 或其数组;
或一个 .xlsx、.csv 文件(UTF-8 或 GBK),按方案的列映射或 --mapping 读取;被拒收的行逐行写在标准错误中
并列于 "rejected",退出码为 1。
输出(--format json):{ "results": [ … ] },小数以字符串表示("90.14");退出码 0,
有考核对象无法考核时为 1(在标准错误中逐一写明对象与字段),命令行有误时为 2。`,
  unknownCommand: '未知命令 "{value}"',
  needScheme: '请指定 --preset <id> 或 --scheme <文件>',
  bothScheme: '--preset 与 --scheme 只能指定其一',
  needInput: '请指定 --input <文件>',
  unknownPreset: '没有预设 "{value}";可用 `kaohe presets` 查看',
  unknownFormat: '未知格式 "{value}";请用 json 或 table',
  unknownLocale: '未知语言 "{value}";请用 zh-CN 或 en',
  unreadable: '无法读取 {value}',
  notJson: '不是 JSON:{value}',
  unsupportedInput: '无法读取 {value}:请提供 .json、.xlsx 或 .csv 文件',
  mappingForJson: '--mapping 仅用于 .xlsx 和 .csv 输入',
  rejectedCount: '{value} 行无法使用',
  progress: '正在读取 {value} 行',
  noSubjects: '不含任何考核对象',
  failedCount: '{value} 个考核对象无法考核',
  lintClean: '没有发现问题',
  unknownSchema: '未知的 schema "{value}";请用 scorecard 或 org-chart',
  unknownPages: '未知的 --pages "{value}";请用 all、none 或 split',
  splitNeedsOut: '--pages split 按部门写出多个文件:请指定 --out <report.html>',
  reportWritten: '已写出 {value}',
};

/** A CLI message in a locale. */
export function cliMessage(locale: Locale, key: MessageKey, value = ''): string {
  const template = locale === 'zh-CN' ? zhCN[key] : en[key];
  return template.replace('{value}', value);
}

/** A usage error: the command line was wrong. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
