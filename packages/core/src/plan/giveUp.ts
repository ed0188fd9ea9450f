/**
 * What a plan throws when it cannot be sure of giving the decimal evaluator's result for a subject:
 * an input the evaluator would refuse or warn about, a value past the safe integer range, a veto
 * met. The subject then goes through the decimal evaluator, which builds the error, the warning or
 * the result with its paths and messages. One shared object: nothing is built for it.
 */
export const GIVE_UP: { readonly giveUp: true } = Object.freeze({ giveUp: true });

/**
 * Stops the plan for this subject.
 *
 * @example
 * if (!Number.isSafeInteger(n)) giveUp();
 * @throws {typeof GIVE_UP} always.
 */
export function giveUp(): never {
  throw GIVE_UP;
}
