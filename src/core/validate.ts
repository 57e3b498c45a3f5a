/**
 * Argument checks shared by the whole core. Every size (count of inputs, bins, layers, …) goes
 * through `assertPositiveInteger`, so an invalid size always throws the same kind of error:
 * a `RangeError` whose message names the argument.
 */

/** Throws `RangeError("<name> must be a positive integer, got <value>")` unless value ∈ {1, 2, 3, …}. */
export function assertPositiveInteger(name: string, value: number): void {
  if (!Number.isInteger(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive integer, got ${String(value)}`);
  }
}

/** Throws a `RangeError` naming both arguments unless a.length === b.length. */
export function assertSameLength(
  nameA: string,
  a: ArrayLike<number>,
  nameB: string,
  b: ArrayLike<number>,
): void {
  if (a.length !== b.length) {
    throw new RangeError(`${nameA} has length ${a.length} but ${nameB} has length ${b.length}`);
  }
}

/** Throws a `RangeError` naming the argument unless value is a finite number. */
export function assertFinite(name: string, value: number): void {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number, got ${String(value)}`);
  }
}

/** Throws a `RangeError` naming the argument unless value is finite and ≥ 0. */
export function assertNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number ≥ 0, got ${String(value)}`);
  }
}
