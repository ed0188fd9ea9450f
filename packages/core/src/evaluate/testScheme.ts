import type { ItemInput, ScorecardInput } from '../index';
import { KaoheError } from '../errors/KaoheError';

/** A small scorecard for tests: the items given, standard-looking bands, a quarter. */
export function testScheme(items: ItemInput[], extra: Partial<ScorecardInput> = {}): ScorecardInput {
  return {
    schemaVersion: 1,
    kind: 'scorecard',
    id: 'test/scheme',
    version: '1',
    name: { 'zh-CN': '测试', en: 'test' },
    period: 'quarter',
    model: 'points',
    items,
    bands: [
      { id: 'high', name: { 'zh-CN': '高', en: 'high' }, min: 90 },
      { id: 'low', name: { 'zh-CN': '低', en: 'low' }, max: 90 },
    ],
    ...extra,
  };
}

/** An item for tests. */
export function testItem(id: string, rule: ItemInput['rule'], extra: Partial<ItemInput> = {}): ItemInput {
  return { id, name: { 'zh-CN': `项${id}`, en: `item ${id}` }, rule, provenance: { inferred: 'test' }, ...extra };
}

/** The KaoheError a call throws; any other outcome fails the test that asked. */
export function kaoheErrorOf(run: () => unknown): KaoheError {
  try {
    run();
  } catch (error) {
    if (error instanceof KaoheError) return error;
    throw error;
  }
  throw new Error('expected a KaoheError');
}
