/**
 * `T` checked against `Shape` as zod's strict objects check it: at every depth, a key that `Shape`
 * does not have becomes `never`, following the member of a union that `T` matches. Intersected with
 * `T` in a parameter (`scheme: S & Exactly<S, Shape>`), it makes an unknown key a compile error
 * where TypeScript's own excess-property check does not run: on a `const` type parameter.
 *
 * @example
 * declare function define<const S extends { a: number }>(value: S & Exactly<S, { a: number }>): S;
 * define({ a: 1 }); // ok
 * define({ a: 1, b: 2 }); // compile error: 'b' is not a key of the shape
 */
export type Exactly<T, Shape> = T extends unknown ? (Shape extends unknown ? ([T] extends [Shape] ? ExactlyMember<T, Shape> : never) : never) : never;

/** One member of a union shape: arrays and tuples element by element, objects key by key. */
type ExactlyMember<T, Shape> = T extends readonly unknown[]
  ? Shape extends readonly (infer Element)[]
    ? { [K in keyof T]: Exactly<T[K], Element> }
    : T
  : T extends object
    ? { [K in keyof T]: K extends keyof Shape ? Exactly<T[K], Shape[K]> : never }
    : T;
