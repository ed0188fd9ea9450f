export { main } from './main';
export type { CliIo } from './io';
export { EXIT } from './io';
export { renderTable, displayWidth } from './format/table';
export type { Column } from './format/table';
export { appraisalTable } from './format/appraisalTable';
export type { SubjectFailure } from './commands/appraise';
