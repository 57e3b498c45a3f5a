/**
 * A worked step shows rounded numbers and a rounded result. A reader who redoes the step with the
 * numbers as shown must get the result as shown, so the inputs need enough decimals: three are
 * not enough for (0.0713 − 0.0711) / 0.0002, whose inputs must be exact to about 10⁻⁸.
 */

/**
 * The fewest decimals, from `from` up to `to`, at which `combine` of the inputs as a reader reads
 * them (`read(x, decimals)`: the value of x as written at that many decimals) gives, read at
 * `resultDecimals`, the same number as the exact result does.
 */
export function decimalsToReproduce(
  inputs: readonly number[],
  combine: (xs: readonly number[]) => number,
  read: (x: number, decimals: number) => number,
  resultDecimals: number,
  from = 3,
  to = 12,
): number {
  const target = read(combine(inputs), resultDecimals);
  for (let d = from; d < to; d++) {
    if (read(combine(inputs.map((x) => read(x, d))), resultDecimals) === target) return d;
  }
  return to;
}
