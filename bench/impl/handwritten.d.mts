import type { Summary } from '../harness.mjs';

export declare const handwritten: { readonly 'tech-support-center/network-ops-supervisor': (input: unknown) => Summary; readonly 'tech-support-center/presales-engineer': (input: unknown) => Summary };
