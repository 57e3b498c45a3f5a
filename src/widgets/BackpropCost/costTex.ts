import { formatNumber } from '../../components/format';
import type { PassCounts } from '../../core';

/** A whole number as TeX with its thousands grouped: 101{,}770. */
export const countTex = (n: number) => formatNumber(n, 0, { grouping: true }).replace(/,/g, '{,}');

/**
 * P as the sum of each layer's weights and biases, a row per layer so it fits a phone's figure
 * (on one line the sum ran off its right edge): 784 · 128 + 128, + 128 · 10 + 10, = 101,770.
 */
export function parameterTex(sizes: readonly number[], counts: PassCounts): string {
  const terms = sizes.slice(1).map((n, l) => `${countTex(sizes[l])} \\cdot ${countTex(n)} + ${countTex(n)}`);
  return `\\begin{aligned} P &= ${terms.join(' \\\\ &\\quad + ')} \\\\ &= ${countTex(counts.parameters)} \\end{aligned}`;
}

/**
 * What each way of finding the gradient costs, in passes through the network: each way's name on a
 * row of its own and its count under it, narrow enough for a phone's figure.
 */
export function passesTex(counts: PassCounts): string {
  return (
    `\\begin{aligned} &\\text{finite differences:} \\\\ ` +
    `&\\quad 2P = 2 \\cdot ${countTex(counts.parameters)} \\\\ ` +
    `&\\quad \\phantom{2P} = ${countTex(counts.finiteDifferencePasses)} \\text{ forward passes} \\\\[0.3em] ` +
    `&\\text{backpropagation:} \\\\ ` +
    `&\\quad 1 \\text{ forward pass} + 1 \\text{ backward pass} \\end{aligned}`
  );
}
