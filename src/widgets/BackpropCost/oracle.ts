import type { OracleView } from '../../test/oracle';
import type { CostState } from './params';

/**
 * Counted by hand: layer l has nₗ₋₁·nₗ weights and nₗ biases; finite differences need two forward
 * passes per parameter. The times are this machine's and are not an oracle's business.
 */
export function oracle(s: CostState): OracleView {
  const sizes = [s.inputs, ...Array(s.layers).fill(s.hidden), s.outputs];
  let P = 0;
  const terms: number[] = [];
  for (let l = 1; l < sizes.length; l++) {
    P += sizes[l - 1] * sizes[l] + sizes[l];
    terms.push(sizes[l - 1], sizes[l], sizes[l]);
  }
  return {
    // "2P" is a symbol: its 2 is not read as a number of its own.
    equations: [[...terms, P], [2, P, 2 * P, 1, 1]],
    readouts: { network: sizes.join('-'), parameters: P, 'finite-difference passes': 2 * P },
    printed: { P, 'finite-difference passes': 2 * P },
  };
}
