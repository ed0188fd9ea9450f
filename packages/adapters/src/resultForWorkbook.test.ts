import type { Appraisal, RegimeResult, SchemeResult } from '@kaohe/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { RegimeResultForWorkbook, ResultForWorkbook, WorkbookResult } from './resultForWorkbook.js';

describe('the writer takes the result types of @kaohe/core', () => {
  it('accepts Appraisal, RegimeResult and SchemeResult as they are', () => {
    expectTypeOf<Appraisal>().toExtend<ResultForWorkbook>();
    expectTypeOf<RegimeResult>().toExtend<RegimeResultForWorkbook>();
    expectTypeOf<SchemeResult>().toExtend<WorkbookResult>();
  });
});
