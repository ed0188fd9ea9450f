import type { MessageCode } from '../issueCodes.js';

/**
 * 中文提示。`{name}` 由同名参数替换。与 `en.ts` 保持一致(由测试检查)。
 */
export const zhCN: Record<MessageCode, string> = {
  emptyCell: '“{header}”列的单元格为空，此列必须填写。',
  notANumber: '“{value}”不是数字（可写作 12、1,234、12.5 或 85%）。',
  notAnInteger: '“{value}”不是整数。',
  belowMinimum: '{value} 小于允许的最小值 {min}。',
  aboveMaximum: '{value} 大于允许的最大值 {max}。',
  notABoolean: '“{value}”不是“是/否”值（可写作 是/否、yes/no、true/false 或 ✓）。',
  notADate: '“{value}”不是日期（可写作 2026/9/1、2026-09-01 或 2026年9月1日）。',
  impossibleDate: '“{value}”不是日历上存在的日期。',
  dateWithoutTime: '“{value}”只有日期没有时间，此列需要日期和时间（如 2026/9/1 10:00）。',
  unexpectedTime: '“{value}”带有时间，此列只接受日期。',
  serialOutOfRange: '{value} 超出了电子表格日期序号的范围。',
  notAnOption: '“{value}”不是可接受的取值之一：{options}。',
  formulaError: '此单元格的公式结果为错误 {value}。',
  formulaWithoutValue: '此单元格的公式没有计算结果；请先用电子表格软件打开并保存该文件。',
  unsupportedCell: '此单元格的内容不是文本、数字、日期或是/否（{value}）。',
  duplicateSubject: '考核对象“{subject}”在期间“{period}”已出现在第 {firstRow} 行。',
  unknownSubject: '考核对象“{subject}”不在考核对象表中。',
  subjectHasRejectedRows: '考核对象“{subject}”未输出，因为其中 {count} 行无法使用（第 {rows} 行）。',
  mappingInvalid: '列映射无效：{issues}。',
  unknownMapping: '没有“{id}”的默认映射；已有：{known}。',
  mappingUnavailable: '无法根据方案“{id}”生成列映射：{reason}。',
  mappingMissing: '请提供列映射，或提供用于生成映射的考核方案。',
  unknownFormat: '无法判断 {source} 的格式；请指定 format 为 "csv" 或 "xlsx"。',
  sourceUnreadable: '无法读取 {source}：{reason}。',
  encodingMismatch: '第 {row} 行不是有效的 {encoding} 编码（字节偏移 {offset}）：文件为其他编码或混用了多种编码；请另存为 UTF-8，或指定其编码（如 "gb18030"）。',
  headerNotFound: '在工作表“{sheet}”的前 {rows} 行中未找到表头行；缺少列：{missing}。',
  ambiguousHeader: '在工作表“{sheet}”中，第 {first} 列和第 {second} 列都对应“{target}”。',
  periodMissing: '各行没有考核期间，调用时也未提供；请增加期间列或传入 period 选项。',
  badTimeZone: '“{timeZone}”不是本系统已知的时区。',
  workbookUnreadable: '无法读取该工作簿：{reason}。',
  mixedEncoding: '第 {row} 行为 UTF-8 编码，而之前各行为 GB18030/GBK 编码（字节偏移 {offset}）：文件混用了两种编码；请统一编码后另存，若此行无误请指定编码。',
  rowTooLarge: '第 {row} 行超过 {limit} 字节（文件没有换行，或有引号未闭合）；一行不能这么长。',
  cellTooLarge: '工作表“{sheet}”的单元格 {column}{row} 超过 {limit} 个字符，超出单元格的容量上限。',
  sheetTooLarge: '工作簿的部件“{part}”解压后超过 {limit} 字节，超出工作表的大小上限；文件已损坏或为恶意构造。',
  textTooLarge: '工作簿的部件“{part}”含有超过 {limit} 个字符的文本或标记，超出单元格的容量上限；文件已损坏或为恶意构造。',
  workbookTruncated: '工作簿不完整或已损坏（{reason}）：文件在数据结束前就已结束；请重新保存或复制该文件。',
};

