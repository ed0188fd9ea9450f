/** What a module evaluates while it loads and a bundler cannot see through: `[start, end, prefix]` each. */
export declare function moduleLevelInitialisers(text: string, fileName: string): Array<[number, number, string]>;
/** The module's source with each of those wrapped in a call marked `/* @__PURE__ *\/`. */
export declare function markModuleLevel(text: string, fileName: string): string;
/** An esbuild plugin (the shape esbuild and tsup's `esbuildPlugins` take) marking the sources under `dir`. */
export declare function pureModuleLevel(dir: string): { name: string; setup(build: unknown): void };
