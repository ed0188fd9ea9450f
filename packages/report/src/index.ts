export { renderReport } from './renderReport';
export type { ReportOptions } from './renderReport';
export { renderReportSplit, departmentOf } from './renderReportSplit';
export type { ReportFile } from './renderReportSplit';
export { readResultsJsonl, readResultsJson } from './readResultsJsonl';
export { compareResults } from './compareResults';
export type { CompareOptions, CompareSideOptions } from './compareResults';
export { renderComparison } from './renderComparison';
export type { ComparisonPageOptions } from './renderComparison';
export type {
  Category,
  CategoryChange,
  ComparedScheme,
  Comparison,
  ComparisonSide,
  ComparisonTotals,
  DecimalChange,
  DeltaSummary,
  ItemChange,
  ItemTotal,
  MoneyKind,
  SubjectComparison,
  TransitionMatrix,
  UnmatchedSubject,
} from './comparison';
export { ReportResult, ReportError, RejectedRow, RunSummary } from './reportData';
export type { ReportData } from './reportData';
export { histogram } from './histogram';
export type { HistogramBin } from './histogram';
export { histogramSvg, barSvg } from './svgCharts';
export type { ChartMarker, ChartBar } from './svgCharts';
export { escapeHtml } from './escapeHtml';
export { reportText } from './reportText';
export type { ReportMessageKey } from './locales/en';
