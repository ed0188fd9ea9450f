import type { Summary } from '../harness.mjs';

type PerScheme = { readonly 'tech-support-center/network-ops-supervisor': (input: unknown) => Summary; readonly 'tech-support-center/presales-engineer': (input: unknown) => Summary };

export declare function scaled(value: unknown): [number | bigint, number];
export declare function divideHalfUp<T extends number | bigint>(n: T, d: T): T;
export declare function centsOf(value: [number | bigint, number], factor?: number): number | bigint;
export declare const integer: PerScheme;
