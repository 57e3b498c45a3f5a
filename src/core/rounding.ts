/**
 * A worked step shows rounded numbers and a rounded result. A reader who redoes the step with the
 * numbers as shown must get the result as shown, so the inputs need enough decimals: three are
 * not enough for (0.0713 − 0.0711) / 0.0002, whose inputs must be exact to about 10⁻⁸.
 */

/** One step worked from the shown inputs, and the decimals its result is shown at. */
export interface WorkedStep {
  combine: (shown: readonly number[]) => number;
  decimals: number;
}

/**
 * The fewest decimals, from `from` up to `to`, at which every step applied to the inputs as a
 * reader reads them (`read(x, decimals)`: the value of x as written at that many decimals) gives,
 * read at the step's decimals, the same number as the exact result does. All steps are checked
 * at once: more decimals do not always keep a step right that fewer happened to get right.
 */
export function decimalsToReproduce(
  inputs: readonly number[],
  steps: readonly WorkedStep[],
  read: (x: number, decimals: number) => number,
  from = 3,
  to = 12,
): number {
  const targets = steps.map(({ combine, decimals }) => read(combine(inputs), decimals));
  for (let d = from; d < to; d++) {
    const shown = inputs.map((x) => read(x, d));
    if (steps.every(({ combine, decimals }, i) => read(combine(shown), decimals) === targets[i])) return d;
  }
  return to;
}
