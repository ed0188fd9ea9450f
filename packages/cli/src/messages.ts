import type { Locale } from '@kaohe/core';

const en = {
  usage: `kaohe — appraisal schemes as data

Usage:
  kaohe appraise (--preset <id> | --scheme <file>) --input <file> [--input-format json|csv|xlsx] [--org <file>] [--mapping <m.json>] [--period <p>] [--out <results.xlsx|.json|.jsonl>] [--format json|jsonl|table] [--rejects <rejects.csv>] [--jobs <n>] [--shard <i/n>] [--no-lines] [--explain] [--locale zh-CN|en]
  kaohe appraise (--preset <id> | --scheme <file>) (--crm <source|profile.json> | --tickets <source|profile.json>) --input <export.json|table.csv|.xlsx>… --period <p> [--stage-history <file>] [--pipelines <file>] [--fetch <url> --token-env <NAME> --soql <query> [--stage-history-soql <query>]] [--ratings <sheet.xlsx|.csv|.json>] [--facts <subjects.json>] [--history <results.jsonl|.json|.xlsx>…] [--org <file>] [--out …] [--format json|jsonl|table] [--rejects <rejects.csv>] [--jobs <n>] [--shard <i/n>] [--no-lines]
  kaohe lint (--preset <id> | --scheme <file>) [--format json|table] [--locale zh-CN|en]
  kaohe presets [--format json|table] [--locale zh-CN|en]
  kaohe presets show <id> [--locale zh-CN|en]   a scheme's items, rules and the sheet headers it reads
  kaohe template (<id> | --preset <id> | --scheme <file>) --out <sheet.xlsx> [--mapping <m.json>] [--locale zh-CN|en]
  kaohe schema [scorecard|regime|org-chart] [--out <file>]   the JSON Schema of a scheme or an org chart, for editors
  kaohe demo [--locale zh-CN|en]
  kaohe merge <a.jsonl> <b.jsonl> … [--out <all.jsonl|all.xlsx>]   the shards' JSON Lines as one, summaries added up
  kaohe report --input <results.jsonl|results.json|inputs> [--preset <id> | --scheme <file>] [--out <report.html>] [--pages all|none|split] [--locale zh-CN|en]
  kaohe compare (<before.jsonl> <after.jsonl> | --input <inputs> (--preset <id> | --scheme <file>) (--against-preset <id> | --against-scheme <file>)) [--org <file>] [--mapping <m.json>] [--period <p>] [--out <compare.html|.json>] [--format html|json] [--locale zh-CN|en]

Input: a JSON file holding one subject { "subject", "period", "facts", "ratings" } or an array of them,
or an .xlsx or .csv file (UTF-8 or GBK) read with the scheme's column mapping or --mapping (\`kaohe template\`
writes a sheet to fill); rejected rows are listed on stderr and under "rejected", and make the exit code 1.
Output (--format json): { "results": [ … ] } with decimals as strings ("90.14"); exit code 0,
1 when a subject could not be appraised (each named on stderr with its field), 2 for a bad command line.
--no-lines leaves the explanations out, for bulk runs: the same results and figures, every "lines" empty (a penalty regime's fine keeps its total).`,
  unknownCommand: 'unknown command "{value}"',
  needScheme: 'give --preset <id> or --scheme <file>',
  bothScheme: 'give --preset or --scheme, not both',
  needInput: 'give --input <file>',
  unknownPreset: 'no preset "{value}"; `kaohe presets` lists them',
  unknownFormat: 'unknown format "{value}"; use {accepted}',
  unknownLocale: 'unknown locale "{value}"; use zh-CN or en',
  notFound: '{path}: not found{suggestion}',
  notFoundSuggestion: '; did you mean {value}?',
  notFoundLooked: ' (looked in {value})',
  isDirectory: '{value} is a folder: give a file in it',
  noPermission: '{value}: permission denied: this user may not read the file',
  unreadable: '{path}: cannot read: {reason}',
  notJson: '{path} is not valid JSON: {reason} at line {line}, column {column}; expected {expected}',
  expectedScheme: 'a scheme: a JSON object with "kind" (`kaohe schema` prints its JSON Schema)',
  expectedInput: 'subjects: a JSON object { "subject", "period", "facts", "ratings" } or an array of them',
  expectedMapping: 'a column mapping: a JSON object { "schemaVersion": 1, "id", "tables": [ … ] }',
  expectedOrg: 'an org chart: a JSON object with "kind": "orgChart" (`kaohe schema org-chart` prints its JSON Schema)',
  unsupportedInput: '{path}: cannot tell the format from the extension "{extension}": give a {accepted} file, or name the format with --input-format json|csv|xlsx',
  unknownInputFormat: 'unknown input format "{value}"; use json, csv or xlsx',
  unsupportedOutput: '--out {path}: cannot write a "{extension}" file: give a {accepted} file',
  unknownOption: 'unknown option {option}{suggestion}',
  didYouMean: '; did you mean {value}?',
  missingValue: '{option} needs a value: {usage}',
  noValueTaken: '{option} takes no value',
  usageLine: 'usage: {value}',
  unknownCommandSuggestion: 'unknown command "{command}"; did you mean {value}?',
  periodMissing: 'subject {subject} has no period: give it with --period {example}, or write "period": "{example}" in the file',
  sheetPeriodMissing: '{path}: the rows carry no period: give it with --period {example}, or add a period column ({headers})',
  needOut: 'give --out <sheet.xlsx>',
  templateOut: '--out {path}: a template is an .xlsx workbook: give a file ending in .xlsx',
  templateWritten: 'wrote {path}: fill in a row per subject, then run: {command}',
  headersHintPreset: 'the headers it reads: `kaohe presets show {id}`; a sheet with them to fill in: `kaohe template {id} --out sheet.xlsx`',
  headersHintScheme: 'a sheet with the headers it reads, to fill in: `kaohe template --scheme {file} --out sheet.xlsx`',
  sheetHeaders: 'Sheet headers (the first is what the template writes; the others are read too):',
  sheetName: 'sheet {value}',
  required: 'required',
  optional: 'optional',
  mappingForJson: '--mapping is for .xlsx and .csv inputs',
  expectedResults: 'results of kaohe appraise: the JSON of --format json, { "results": [ … ] }',
  expectedProfile: 'a CRM or ticket profile: a JSON object (docs/adapters.md shows how to write one)',
  expectedExport: 'an export of the CRM or service desk, as its API returns it',
  joinNeedsJson: '--ratings, --facts and --history join a JSON --input, --crm or --tickets by subject; a sheet input carries its ratings and grade history in its own columns',
  historyLineNotJson: '{file}: line {line} is not JSON: --history reads the JSON Lines that --format jsonl writes',
  historyLineNotResult: '{file}: {line} is not a result of kaohe appraise (it needs subject, period and scheme.id)',
  historyNoResults: '{value}: holds no result of kaohe appraise: --history reads the JSON Lines of --format jsonl, the JSON of --format json or the results workbook of --out results.xlsx',
  historyFormat: '{value}: --history reads the .jsonl, .json or .xlsx results of kaohe appraise',
  historyOtherScheme: '{file}: holds results of {found}, not of {scheme}: --history reads earlier results of the scheme appraised',
  historyNotBefore: '{file}: the result of {subject} is for {found}, not for a period before {period}',
  historyTwice: '{subject} has two results for {found} ({files})',
  historySubjectGap: '{subject} has results for {present} but none for {missing}: {missing} counts as empty for it',
  historyGap: '--history: the results given cover {covered} but not {missing}: give the results of every period from the earliest one to the one before {period}, or the rolling thresholds and grade streaks would read {missing} as empty',
  needPeriod: '{option} needs --period <p>: the period appraised, such as {value}',
  unknownSource: '{option} {value}: no such source; use {known}, or a profile file (.json)',
  sourceOtherKind: '{option} {value}: {value} is read with {other}',
  bothSources: 'give --crm or --tickets, not both',
  sourceExtraFor: '{option} is read for {sources} only',
  sourceProfileScheme: '{file}: the ticket profile is for {found}, not {scheme}',
  sourceNotReady: 'record {record}: project {subject} is not ready for {scheme}: no {missing} yet; listed, not appraised',
  sourceNeedsIds: '{file}: a subject without an id: every part of a joined source needs a "subject"',
  sourceOneInput: '{source} reads one --input file; {count} were given',
  fetchOnly: '{option} is read with --fetch only',
  fetchOrInput: 'give --input or --fetch, not both',
  fetchNeedsCrm: '--fetch reads a CRM live: name it with --crm salesforce',
  fetchUrl: '--fetch {value}: not the http(s) address of the org (https://yourcompany.my.salesforce.com)',
  fetchNeeds: '--fetch needs --token-env <NAME> (the environment variable holding the access token) and --soql <query>',
  tokenEnvUnset: '--token-env {value}: {value} is not set; put the access token in it (a token is never taken from the command line, where the shell history would keep it)',
  tableUnnamed: '{file}: which table of {source} is this? Name the file or its sheet after one of {names}, or write --input <table>={file}',
  tableTwice: 'two files give the table {table} of {source}: {files}',
  tableNoRecords: '{source} needs its records ({names}) among --input',
  tableFormat: '{file}: {source} reads its tables from .csv or .xlsx files',
  tablesMissing: '{source}: the profile has no "tables" section, so it reads {vendor}\'s JSON export only',
  recordsSummary: '{file}: {read} record(s) read: {used} used, {rejected} left out',
  recordsRejectedCount: '{value} record(s) could not be used',
  rejectedCount: '{value} row(s) could not be used',
  rowsSummary: '{file}: {read} row(s) under the header: {used} used, {rejected} rejected, {blank} blank',
  noSubjectFound: 'no subject found: no row under the header holds one',
  warningCount: '{value} cell(s) without a header were left out',
  progress: 'reading {value} rows',
  noSubjects: 'holds no subject',
  failedCount: '{value} subject(s) could not be appraised',
  moreRejected: '… and {value} more rejected row(s) (all of them in the output, or with --rejects <file.csv>)',
  runSummary: '{read} read: {appraised} appraised, {rejected} rejected, {errors} could not be appraised, {blank} blank',
  workerFailed: 'a worker thread stopped, so the run was ended: {value}',
  badShard: '--shard takes i/n, the i-th of n shards from 1/n to n/n (say 2/4), not "{value}"',
  shardSummary: ', {others} left to other shards (shard {shard})',
  mergeNeedsFiles: 'give the JSON Lines files to merge: kaohe merge <a.jsonl> <b.jsonl> … [--out <all.jsonl|all.xlsx>]',
  mergeOutput: '{value}: kaohe merge writes JSON Lines (.jsonl) or a workbook (.xlsx)',
  mergeNotJsonl: '{file}, line {line}: not a line of `kaohe appraise --format jsonl`, or a line after the summary',
  mergeNoSummary: '{value} has no summary line: the run that wrote it did not finish',
  mergeDuplicate: 'subject {subject} ({period}) is in both {first} and {second}: shards of one input never share a subject, so nothing was merged',
  mergeShards: '{file} (shard {shard}) is not another shard of the same input as the files before it (same n, same rows read, each shard once)',
  mergeMissingShards: 'shards {shards} are not among the files: {others} subjects and rows are left to them',
  noLinesExplain: '--explain shows the lines and --no-lines leaves them out: give one of them',
  badJobs: '--jobs takes a whole number of worker threads from 1 up (1: no worker threads), not "{value}"',
  lintClean: 'no findings',
  unknownSchema: 'unknown schema "{value}"; use scorecard, regime or org-chart',
  schemaWritten: 'wrote {value}; name it in "$schema" at the top of a scheme file for completion and checks in an editor',
  unknownPages: 'unknown --pages "{value}"; use all, none or split',
  splitNeedsOut: '--pages split writes one file per department: give --out <report.html>',
  reportWritten: 'wrote {value}',
  compareTwoFiles: 'give two results files to compare, before and after (`kaohe appraise --format jsonl` writes them), or --input with two schemes',
  compareOneWay: 'compare two results files or appraise --input under two schemes, not both',
  needAgainst: 'give the scheme to compare with: --against-preset <id> or --against-scheme <file>',
  bothAgainst: 'give --against-preset or --against-scheme, not both',
  notResults: '{value} holds no results: give the .jsonl or .json that `kaohe appraise` writes, or appraise the inputs with --input and two schemes',
} as const;

type MessageKey = keyof typeof en;

const zhCN: Record<MessageKey, string> = {
  usage: `kaohe —— 以数据表达考核方案

用法:
  kaohe appraise (--preset <id> | --scheme <文件>) --input <文件> [--input-format json|csv|xlsx] [--org <文件>] [--mapping <m.json>] [--period <期间>] [--out <结果.xlsx|.json|.jsonl>] [--format json|jsonl|table] [--rejects <rejects.csv>] [--jobs <n>] [--shard <i/n>] [--no-lines] [--explain] [--locale zh-CN|en]
  kaohe appraise (--preset <id> | --scheme <文件>) (--crm <来源|配置.json> | --tickets <来源|配置.json>) --input <导出.json|表.csv|.xlsx>… --period <期间> [--stage-history <文件>] [--pipelines <文件>] [--fetch <地址> --token-env <变量名> --soql <查询> [--stage-history-soql <查询>]] [--ratings <评分表.xlsx|.csv|.json>] [--facts <对象.json>] [--history <结果.jsonl|.json|.xlsx>…] [--org <文件>] [--out …] [--format json|jsonl|table] [--rejects <rejects.csv>] [--jobs <n>] [--shard <i/n>] [--no-lines]
  kaohe lint (--preset <id> | --scheme <文件>) [--format json|table] [--locale zh-CN|en]
  kaohe presets [--format json|table] [--locale zh-CN|en]
  kaohe presets show <id> [--locale zh-CN|en]   方案的考核项、规则及其读取的表头
  kaohe template (<id> | --preset <id> | --scheme <文件>) --out <表格.xlsx> [--mapping <m.json>] [--locale zh-CN|en]
  kaohe schema [scorecard|regime|org-chart] [--out <文件>]   方案或组织架构的 JSON Schema,供编辑器使用
  kaohe demo [--locale zh-CN|en]
  kaohe merge <a.jsonl> <b.jsonl> … [--out <all.jsonl|all.xlsx>]   把各分片的 JSON Lines 合为一份，汇总相加
  kaohe report --input <results.jsonl|results.json|输入文件> [--preset <id> | --scheme <文件>] [--out <report.html>] [--pages all|none|split] [--locale zh-CN|en]
  kaohe compare (<对比前.jsonl> <对比后.jsonl> | --input <输入文件> (--preset <id> | --scheme <文件>) (--against-preset <id> | --against-scheme <文件>)) [--org <文件>] [--mapping <m.json>] [--period <期间>] [--out <compare.html|.json>] [--format html|json] [--locale zh-CN|en]

输入:一个 JSON 文件,内含一个考核对象 { "subject", "period", "facts", "ratings" } 或其数组;
或一个 .xlsx、.csv 文件(UTF-8 或 GBK),按方案的列映射或 --mapping 读取(\`kaohe template\` 生成待填写的表格);
被拒收的行逐行写在标准错误中并列于 "rejected",退出码为 1。
输出(--format json):{ "results": [ … ] },小数以字符串表示("90.14");退出码 0,
有考核对象无法考核时为 1(在标准错误中逐一写明对象与字段),命令行有误时为 2。
--no-lines 不输出说明,用于批量运行:结果与分数不变,所有 "lines" 为空(处罚制度的罚款保留总额)。`,
  unknownCommand: '未知命令 "{value}"',
  needScheme: '请指定 --preset <id> 或 --scheme <文件>',
  bothScheme: '--preset 与 --scheme 只能指定其一',
  needInput: '请指定 --input <文件>',
  unknownPreset: '没有预设 "{value}";可用 `kaohe presets` 查看',
  unknownFormat: '未知格式 "{value}";请用 {accepted}',
  unknownLocale: '未知语言 "{value}";请用 zh-CN 或 en',
  notFound: '{path}:文件不存在{suggestion}',
  notFoundSuggestion: ';是否要用 {value}?',
  notFoundLooked: '(查找位置:{value})',
  isDirectory: '{value} 是文件夹:请指定其中的文件',
  noPermission: '{value}:权限不足,当前用户无法读取该文件',
  unreadable: '{path}:无法读取:{reason}',
  notJson: '{path} 不是有效的 JSON:第 {line} 行第 {column} 列,{reason};应为{expected}',
  expectedScheme: '考核方案:含 "kind" 的 JSON 对象(`kaohe schema` 输出其 JSON Schema)',
  expectedInput: '考核对象:JSON 对象 { "subject", "period", "facts", "ratings" } 或其数组',
  expectedMapping: '列映射:JSON 对象 { "schemaVersion": 1, "id", "tables": [ … ] }',
  expectedOrg: '组织架构:"kind" 为 "orgChart" 的 JSON 对象(`kaohe schema org-chart` 输出其 JSON Schema)',
  unsupportedInput: '{path}:无法从扩展名“{extension}”判断格式;请提供 {accepted} 文件,或用 --input-format json|csv|xlsx 指明格式',
  unknownInputFormat: '未知输入格式 "{value}";请用 json、csv 或 xlsx',
  unsupportedOutput: '--out {path}:无法写出“{extension}”文件;请用 {accepted} 文件',
  unknownOption: '未知选项 {option}{suggestion}',
  didYouMean: ';是否要用 {value}?',
  missingValue: '{option} 需要一个值:{usage}',
  noValueTaken: '{option} 不接受值',
  usageLine: '用法:{value}',
  unknownCommandSuggestion: '未知命令 "{command}";是否要用 {value}?',
  periodMissing: '考核对象 {subject} 没有考核期间:请用 --period {example} 指定,或在文件中写明 "period": "{example}"',
  sheetPeriodMissing: '{path}:各行没有考核期间:请用 --period {example} 指定,或增加期间列({headers})',
  needOut: '请指定 --out <表格.xlsx>',
  templateOut: '--out {path}:模板是 .xlsx 工作簿,请指定以 .xlsx 结尾的文件',
  templateWritten: '已写出 {path}:每个考核对象填一行,然后运行:{command}',
  headersHintPreset: '该方案读取的表头:`kaohe presets show {id}`;生成带这些表头的待填表格:`kaohe template {id} --out 表格.xlsx`',
  headersHintScheme: '生成带该方案所读表头的待填表格:`kaohe template --scheme {file} --out 表格.xlsx`',
  sheetHeaders: '表头(第一个为模板所写的表头,其余也可识别):',
  sheetName: '工作表 {value}',
  required: '必填',
  optional: '选填',
  mappingForJson: '--mapping 仅用于 .xlsx 和 .csv 输入',
  expectedResults: 'kaohe appraise 的结果:--format json 输出的 JSON,{ "results": [ … ] }',
  expectedProfile: 'CRM 或工单配置:一个 JSON 对象(写法见 docs/adapters.md)',
  expectedExport: 'CRM 或服务台的导出数据,格式同其 API 的返回',
  joinNeedsJson: '--ratings、--facts 和 --history 按考核对象合并 JSON 格式的 --input、--crm 或 --tickets;表格输入请在其自身的列中填写评分与历史等级',
  historyLineNotJson: '{file}:第 {line} 行不是 JSON:--history 读取 --format jsonl 写出的 JSON Lines',
  historyLineNotResult: '{file}:{line} 不是 kaohe appraise 的结果(需有 subject、period 和 scheme.id)',
  historyNoResults: '{value}:不含 kaohe appraise 的结果:--history 读取 --format jsonl 的 JSON Lines、--format json 的 JSON 或 --out results.xlsx 的结果工作簿',
  historyFormat: '{value}:--history 读取 kaohe appraise 的 .jsonl、.json 或 .xlsx 结果',
  historyOtherScheme: '{file}:其中是 {found} 的结果,不是 {scheme} 的:--history 读取所考核方案的此前结果',
  historyNotBefore: '{file}:{subject} 的结果属于 {found},不在期间 {period} 之前',
  historyTwice: '{subject} 在 {found} 有两份结果({files})',
  historySubjectGap: '{subject} 有 {present} 的结果,但没有 {missing} 的:对其按空白计',
  historyGap: '--history:所给结果涵盖 {covered},缺少 {missing}:请给出从最早一期到 {period} 前一期的每一期结果,否则滚动阈值与等级连续记录会把 {missing} 当作空白',
  needPeriod: '{option} 需要 --period <期间>:所考核的期间,如 {value}',
  unknownSource: '{option} {value}:没有此来源;请用 {known},或一个配置文件(.json)',
  sourceOtherKind: '{option} {value}:{value} 应以 {other} 读取',
  bothSources: '请给出 --crm 或 --tickets,不要同时给出',
  sourceExtraFor: '{option} 仅用于 {sources}',
  sourceProfileScheme: '{file}:该工单配置用于 {found},不是 {scheme}',
  sourceNotReady: '记录 {record}:项目 {subject} 尚不能按 {scheme} 考核:尚无 {missing};列出,未考核',
  sourceNeedsIds: '{file}:有考核对象缺少编号:合并的每个来源都需要 "subject"',
  sourceOneInput: '{source} 只读取一个 --input 文件,给了 {count} 个',
  fetchOnly: '{option} 仅与 --fetch 一起使用',
  fetchOrInput: '请给出 --input 或 --fetch,不要同时给出',
  fetchNeedsCrm: '--fetch 实时读取 CRM:请用 --crm salesforce 指明',
  fetchUrl: '--fetch {value}:不是组织的 http(s) 地址(https://yourcompany.my.salesforce.com)',
  fetchNeeds: '--fetch 需要 --token-env <变量名>(保存访问令牌的环境变量)和 --soql <查询>',
  tokenEnvUnset: '--token-env {value}:未设置 {value};请将访问令牌放入其中(令牌从不取自命令行,以免留在 shell 历史中)',
  tableUnnamed: '{file}:这是 {source} 的哪张表?请将文件或工作表命名为 {names} 之一,或写作 --input <表名>={file}',
  tableTwice: '{source} 的表 {table} 由两个文件给出:{files}',
  tableNoRecords: '{source} 需要在 --input 中给出主记录表({names})',
  tableFormat: '{file}:{source} 从 .csv 或 .xlsx 文件读取各表',
  tablesMissing: '{source}:配置没有 "tables" 部分,只能读取 {vendor} 的 JSON 导出',
  recordsSummary: '{file}:共读取 {read} 条记录,使用 {used} 条,未采用 {rejected} 条',
  recordsRejectedCount: '{value} 条记录无法使用',
  rejectedCount: '{value} 行无法使用',
  rowsSummary: '{file}：表头下共 {read} 行，使用 {used} 行，拒收 {rejected} 行，空行 {blank} 行',
  noSubjectFound: '未找到任何考核对象：表头下没有含考核对象的行',
  warningCount: '{value} 个无表头的单元格未被使用',
  progress: '正在读取 {value} 行',
  noSubjects: '不含任何考核对象',
  failedCount: '{value} 个考核对象无法考核',
  moreRejected: '……另有 {value} 行被拒收（全部见输出，或用 --rejects <文件.csv> 写出）',
  runSummary: '共读取 {read}：考核 {appraised}，拒收 {rejected}，无法考核 {errors}，空行 {blank}',
  workerFailed: '工作线程已停止，本次运行随之结束：{value}',
  badShard: '--shard 取 i/n，即 n 个分片中的第 i 个，从 1/n 到 n/n（如 2/4），而不是 "{value}"',
  shardSummary: '，留给其他分片 {others}（分片 {shard}）',
  mergeNeedsFiles: '请给出要合并的 JSON Lines 文件：kaohe merge <a.jsonl> <b.jsonl> … [--out <all.jsonl|all.xlsx>]',
  mergeOutput: '{value}：kaohe merge 只写 JSON Lines（.jsonl）或工作簿（.xlsx）',
  mergeNotJsonl: '{file} 第 {line} 行：不是 `kaohe appraise --format jsonl` 的一行，或位于汇总行之后',
  mergeNoSummary: '{value} 没有汇总行：写它的运行没有完成',
  mergeDuplicate: '考核对象 {subject}（{period}）同时出现在 {first} 和 {second} 中：同一输入的分片不会共有考核对象，因此未合并',
  mergeShards: '{file}（分片 {shard}）与前面的文件不是同一输入的不同分片（n 相同、读取行数相同、每个分片一次）',
  mergeMissingShards: '文件中缺少分片 {shards}：有 {others} 个考核对象和行留给了它们',
  noLinesExplain: '--explain 显示说明，--no-lines 不输出说明：请只给出其一',
  badJobs: '--jobs 取从 1 起的整数个工作线程（1：不用工作线程），而不是 "{value}"',
  lintClean: '没有发现问题',
  unknownSchema: '未知的 schema "{value}";请用 scorecard、regime 或 org-chart',
  schemaWritten: '已写入 {value};在方案文件开头以 "$schema" 指向它,编辑器即可补全与检查',
  unknownPages: '未知的 --pages "{value}";请用 all、none 或 split',
  splitNeedsOut: '--pages split 按部门写出多个文件:请指定 --out <report.html>',
  reportWritten: '已写出 {value}',
  compareTwoFiles: '请给出对比前后的两个结果文件(由 `kaohe appraise --format jsonl` 写出),或用 --input 并指定两个方案',
  compareOneWay: '请对比两个结果文件,或用 --input 按两个方案考核,二者只能选其一',
  needAgainst: '请指定对比的方案:--against-preset <id> 或 --against-scheme <文件>',
  bothAgainst: '--against-preset 与 --against-scheme 只能指定其一',
  notResults: '{value} 不含考核结果:请给出 `kaohe appraise` 写出的 .jsonl 或 .json,或用 --input 并指定两个方案进行考核',
};

/** The values a message names: one `{value}`, or several by name. */
export type MessageValues = string | Readonly<Record<string, string>>;

/**
 * A CLI message in a locale, its `{name}` placeholders filled.
 *
 * @example
 * cliMessage('en', 'unknownLocale', 'fr') // 'unknown locale "fr"; use zh-CN or en'
 * cliMessage('en', 'unknownOption', { option: '--inptu', suggestion: '' })
 */
export function cliMessage(locale: Locale, key: MessageKey, values: MessageValues = ''): string {
  const template = locale === 'zh-CN' ? zhCN[key] : en[key];
  const named: Readonly<Record<string, string>> = typeof values === 'string' ? { value: values } : values;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(named, name) ? (named[name] ?? '') : whole));
}

/**
 * A list in running text: `.csv, .tsv or .json`; `.csv、.tsv 或 .json`.
 *
 * @example
 * listOf('en', ['.xlsx', '.json', '.jsonl']) // '.xlsx, .json or .jsonl'
 */
export function listOf(locale: Locale, items: readonly string[]): string {
  const [last, ...rest] = [...items].reverse();
  if (last === undefined) return '';
  if (rest.length === 0) return last;
  const head = rest.reverse().join(locale === 'zh-CN' ? '、' : ', ');
  return locale === 'zh-CN' ? `${head} 或 ${last}` : `${head} or ${last}`;
}

/**
 * The usage lines of one command (`appraise`, `presets` …), taken from the usage text so that
 * they never drift from it.
 *
 * @example
 * commandUsage('en', 'lint') // 'kaohe lint (--preset <id> | --scheme <file>) [--format json|table] [--locale zh-CN|en]'
 */
export function commandUsage(locale: Locale, command: string): string {
  const lines = cliMessage(locale, 'usage')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith(`kaohe ${command} `) || line === `kaohe ${command}`);
  return lines.map((line) => line.replace(/\s{3,}.*$/, '')).join('\n       ');
}

/** The commands the usage text names. */
export function commandNames(): string[] {
  return [...new Set([...en.usage.matchAll(/^ {2}kaohe (\w+)/gm)].map((m) => m[1] as string))];
}

/** A usage error: the command line was wrong. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
