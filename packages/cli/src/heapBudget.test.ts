import { afterEach, describe, expect, it } from 'vitest';
import { heapBudget, setCollector } from './heapBudget';

afterEach(() => setCollector(undefined));

describe('heapBudget', () => {
  it('asks for a full collection once the heap passes the budget, looking every 1,024 subjects', () => {
    let collections = 0;
    setCollector(() => collections++);
    const tick = heapBudget(0);
    for (let i = 0; i < 1023; i++) tick();
    expect(collections).toBe(0);
    tick();
    expect(collections).toBe(1);
  });

  it('then waits for half as much garbage again as the heap held after the collection, not collecting at every look', () => {
    let collections = 0;
    // A collector that frees nothing: the heap stays where it is, within 1.5 × itself.
    setCollector(() => collections++);
    const tick = heapBudget(0);
    for (let i = 0; i < 1024 * 5; i++) tick();
    expect(collections).toBe(1);
  });

  it('leaves the heap alone under the budget, and without a collector', () => {
    let collections = 0;
    setCollector(() => collections++);
    const within = heapBudget(1 << 20);
    for (let i = 0; i < 4096; i++) within();
    expect(collections).toBe(0);
    setCollector(undefined);
    const none = heapBudget(0);
    for (let i = 0; i < 4096; i++) none();
    expect(collections).toBe(0);
  });
});
