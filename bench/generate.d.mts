/** A subject's input as the generator writes it. */
export interface GeneratedSubject {
  readonly subject: string;
  readonly period: string;
  readonly facts: Record<string, unknown>;
  readonly ratings?: Record<string, unknown>;
}

export declare function rng(seed: number): () => number;
export declare const SCHEMES: Record<string, { readonly seed: number; readonly make: (r: () => number, index: number) => GeneratedSubject }>;
export declare function subjects(schemeId: string, count: number, seed?: number): Generator<GeneratedSubject, void, undefined>;
export declare function subjectArray(schemeId: string, count: number, seed?: number): GeneratedSubject[];
