/**
 * `T` checked against `Shape` as zod's strict objects check it: at every depth, a key that `Shape`
 * does not have becomes `never`, following the member of a union that `T` matches. Intersected with
 * `T` in a parameter (`scheme: S & NoInfer<Exactly<S, Shape>>`), it makes an unknown key a compile
 * error where TypeScript's own excess-property check does not run: on a `const` type parameter.
 *
 * @example
 * declare function define<const S extends { a: number }>(value: S & NoInfer<Exactly<S, { a: number }>>): S;
 * define({ a: 1 }); // ok
 * define({ a: 1, b: 2 }); // compile error: 'b' is not a key of the shape
 */
export type Exactly<T, Shape> = [T] extends [Checked<T, Shape>] ? T : Checked<T, Shape>;

/**
 * `T` rebuilt key by key against `Shape`, unknown keys turned to `never`. {@link Exactly} gives `T`
 * itself when this adds nothing: a parameter typed `S & S` keeps TypeScript's contextual typing
 * (an element written after a spread in an array keeps its literal types), which an intersection
 * with a rebuilt copy of `S` loses.
 */
type Checked<T, Shape> = T extends unknown ? (Shape extends unknown ? ([T] extends [Shape] ? CheckedMember<T, Shape> : never) : never) : never;

/** One member of a union shape: arrays and tuples element by element, objects key by key. */
type CheckedMember<T, Shape> = T extends readonly unknown[]
  ? Shape extends readonly (infer Element)[]
    ? { [K in keyof T]: Checked<T[K], Element> }
    : T
  : T extends object
    ? { [K in keyof T]: K extends keyof Shape ? Checked<T[K], Shape[K]> : never }
    : T;
