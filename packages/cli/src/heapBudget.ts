import { getHeapStatistics } from 'node:v8';

/** Heap in use (MiB) above which a long run asks for a full collection. */
export const HEAP_BUDGET_MB = 64;
/** The same for a worker thread, which holds only the scheme and a batch or two. */
export const WORKER_HEAP_BUDGET_MB = 32;
/** Subjects between two looks at the heap: a look costs about a microsecond. */
const EVERY = 1024;

let collect: (() => void) | undefined;

/**
 * Gives the function that runs a full garbage collection (the `kaohe` command passes V8's own,
 * exposed at start). Library users who call `main` themselves keep their process's own heap policy.
 */
export function setCollector(gc: (() => void) | undefined): void {
  collect = gc;
}

/**
 * A check to call once per subject that keeps a long run's heap within {@link HEAP_BUDGET_MB}.
 * Why: what a run holds alive is small (some 40 MB, and the reader's key per subject), but V8 sizes the old
 * generation from the machine's memory, so the garbage of parsed rows and printed results that
 * outlived a young-generation collection piles up to several hundred MB before a full collection
 * comes; a collection when the heap passes the budget takes some 20 ms.
 *
 * @example
 * const tick = heapBudget();
 * for await (const step of steps) { tick(); … }
 */
export function heapBudget(budgetMb = HEAP_BUDGET_MB): () => void {
  let count = 0;
  let limit = budgetMb * 2 ** 20;
  return () => {
    if (collect === undefined || ++count % EVERY !== 0) return;
    if (getHeapStatistics().used_heap_size <= limit) return;
    collect();
    // What stays alive may grow (a reader's index of the subjects seen): the next collection then
    // waits for half as much garbage again, so that collections never come at every look.
    limit = Math.max(budgetMb * 2 ** 20, getHeapStatistics().used_heap_size * 1.5);
  };
}
