import type { OracleView } from '../../test/oracle';
import type { DotProductState } from './params';

/** By hand: the three products wᵢxᵢ, their sum wᵀx, and z = wᵀx + b. */
export function oracle(s: DotProductState): OracleView {
  const x = [s.x1, s.x2, s.x3];
  const w = [s.w1, s.w2, s.w3];
  const products: number[] = [];
  let wx = 0;
  for (let i = 0; i < 3; i++) {
    products.push(w[i] * x[i]);
    wx += w[i] * x[i];
  }
  const z = wx + s.b;
  return {
    equations: [
      // z = wᵀx + b = w_1x_1 + w_2x_2 + w_3x_3 + b = (w1)·(x1) + … + (b) = p1 + p2 + p3 + b ≈ z
      [1, 1, 2, 2, 3, 3, w[0], x[0], w[1], x[1], w[2], x[2], s.b, ...products, s.b, z],
      // wᵀx = [w1 w2 w3] [x1; x2; x3] ≈ wᵀx
      [...w, ...x, wx],
    ],
    readouts: { 'wᵀx': wx, z },
    printed: { 'w * x': products, 'w @ x': wx, z },
  };
}
