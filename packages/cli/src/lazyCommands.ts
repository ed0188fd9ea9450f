/**
 * The commands, each loading its module (and through it the core, the presets, the adapters or the
 * report) the first time it runs: `kaohe --help` or a mistyped option then answers without loading
 * zod and every scheme, and each command loads only what it reads.
 */

/** A function whose module is imported on its first call. */
function onDemand<A extends unknown[], R>(load: () => Promise<(...args: A) => R>): (...args: A) => Promise<Awaited<R>> {
  return async (...args: A): Promise<Awaited<R>> => {
    const run = await load();
    return await run(...args);
  };
}

export const appraiseCommand = onDemand(async () => (await import('./commands/appraise')).appraiseCommand);
export const compareCommand = onDemand(async () => (await import('./commands/compare')).compareCommand);
export const demoCommand = onDemand(async () => (await import('./commands/demo')).demoCommand);
export const lintCommand = onDemand(async () => (await import('./commands/lint')).lintCommand);
export const mergeCommand = onDemand(async () => (await import('./commands/merge')).mergeCommand);
export const presetsCommand = onDemand(async () => (await import('./commands/presets')).presetsCommand);
export const presetShowCommand = onDemand(async () => (await import('./commands/presets')).presetShowCommand);
export const reportCommand = onDemand(async () => (await import('./commands/report')).reportCommand);
export const schemaCommand = onDemand(async () => (await import('./commands/schema')).schemaCommand);
export const templateCommand = onDemand(async () => (await import('./commands/template')).templateCommand);
