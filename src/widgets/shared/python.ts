/**
 * Numbers written into the "In code" snippets. A float is always written as a float ("2.0",
 * not "2"): PyTorch builds int64 tensors from whole numbers, which nn.Linear, @ and requires_grad
 * reject. Six significant digits keep a snippet readable and print what the figure shows.
 */
export function pyFloat(x: number, precision = 6): string {
  if (Number.isNaN(x)) return "float('nan')";
  if (!Number.isFinite(x)) return x > 0 ? "float('inf')" : "-float('inf')";
  const rounded = Number(x.toPrecision(precision));
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** An integer argument (a count, a seed, a size). */
export const pyInt = (n: number): string => String(Math.round(n));

/** [2.0, 3.0] */
export const pyList = (xs: ArrayLike<number>, precision = 6): string => `[${Array.from(xs, (x) => pyFloat(x, precision)).join(', ')}]`;

/** [[1.0, 2.0], [3.0, 4.0]] */
export const pyMatrix = (rows: ArrayLike<ArrayLike<number>>, precision = 6): string =>
  `[${Array.from(rows, (row) => pyList(row, precision)).join(', ')}]`;

/** A torch float tensor from numbers: torch.tensor([2.0, 3.0], dtype=torch.float32). */
export const torchTensor = (literal: string): string => `torch.tensor(${literal}, dtype=torch.float32)`;
