import { formatNumber } from '../../components/format';
import type { PassCounts } from '../../core';

/** A whole number as TeX with its thousands grouped: 101{,}770. */
export const countTex = (n: number) => formatNumber(n, 0, { grouping: true }).replace(/,/g, '{,}');

/** P as the sum of each layer's weights and biases: 784 · 128 + 128 + 128 · 10 + 10 = 101,770. */
export function parameterTex(sizes: readonly number[], counts: PassCounts): string {
  const terms = sizes.slice(1).map((n, l) => `${countTex(sizes[l])} \\cdot ${countTex(n)} + ${countTex(n)}`);
  return `P = ${terms.join(' + ')} = ${countTex(counts.parameters)}`;
}

/** What each way of finding the gradient costs, in passes through the network. */
export function passesTex(counts: PassCounts): string {
  return (
    `\\begin{aligned} \\text{finite differences: } & 2P = 2 \\cdot ${countTex(counts.parameters)} = ${countTex(counts.finiteDifferencePasses)} \\text{ forward passes} \\\\ ` +
    `\\text{backpropagation: } & 1 \\text{ forward pass} + 1 \\text{ backward pass} \\end{aligned}`
  );
}
