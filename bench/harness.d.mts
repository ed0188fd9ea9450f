import type { CompiledScorecard } from '@kaohe/core';

/** What every implementation returns for a subject: the total as printed and the band id. */
export interface Summary {
  readonly total: string;
  readonly band: string | null;
}

/** One implementation of a scheme. */
export interface Implementation {
  readonly name: string;
  readonly key: 'kaohe' | 'kaoheAsync' | 'kaoheBare' | 'kaoheRead' | 'kaoheEval' | 'jre' | 'hand' | 'int' | 'zen' | 'zenFlight';
  /** Calls kept in flight at once by the timing loop (asynchronous implementations only). */
  readonly inFlight?: number;
  readonly sync: boolean;
  readonly run: (input: unknown) => Summary | Promise<Summary>;
}

export interface EquivalenceReport {
  readonly subjects: number;
  readonly report: ReadonlyArray<{
    readonly name: string;
    readonly key: Implementation['key'];
    readonly agreed: number;
    readonly mismatches: number;
    readonly examples: ReadonlyArray<{ subject: string; kaohe: Summary; got: Summary }>;
  }>;
}

export declare const ZEN_IN_FLIGHT: number;
export declare const SCHEME_IDS: readonly string[];
export declare function compilePreset(id: string): CompiledScorecard;
export declare function loadImplementations(): Promise<{
  readonly byScheme: Record<string, readonly Implementation[]>;
  readonly zenError: string | null;
  readonly dispose: () => void;
}>;
export declare function checkEquivalence(implementations: readonly Implementation[], subjects: readonly unknown[]): Promise<EquivalenceReport>;
