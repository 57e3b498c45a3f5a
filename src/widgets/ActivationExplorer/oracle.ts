import type { Expected, OracleView } from '../../test/oracle';
import type { ExplorerState } from './params';

/** Each switched-on curve by its own formula, its slope by the calculus, both at z. */
export function oracle(st: ExplorerState): OracleView {
  const { z } = st;
  const ez = Math.exp(z);
  const emz = Math.exp(-z);
  // The exponent −z as written: −0.5, or −(−0.3) whose last sign the reader sees; 0 at z = 0.
  const minusAbsZ = z === 0 ? 0 : -Math.abs(z);
  const s = 1 / (1 + emz);
  const ds = emz / (1 + emz) ** 2;
  const t = (ez - emz) / (ez + emz);
  const dt = 4 / (ez + emz) ** 2;
  const r = z > 0 ? z : 0;
  const dr = z > 0 ? 1 : 0;
  const curves = {
    // σ(z) = 1/(1 + e^{−z}) = 1/(1 + e^{−z as a number}) ≈ s;  σ'(z) = σ(z)(1 − σ(z)) = s·(1 − s) ≈ ds
    sigmoid: { symbol: 'σ', value: s, slope: ds, equations: [[1, 1, 1, 1, minusAbsZ, s], [1, s, 1, -s, ds]] },
    // tanh(z) = (e^{z} − e^{−z})/(e^{z} + e^{−z}) with z substituted;  tanh'(z) = 1 − tanh²(z) = 1 − t² ≈ dt
    tanh: { symbol: 'tanh', value: t, slope: dt, equations: [[z, minusAbsZ, z, minusAbsZ, t], [1, 2, 1, -Math.abs(t), 2, dt]] },
    // ReLU(z) = max(0, z) = max(0, z) = r;  ReLU'(z) = {1 if z > 0, 0 if z ≤ 0} = dr (z > 0 or z ≤ 0)
    relu: { symbol: 'ReLU', value: r, slope: dr, equations: [[0, 0, z, r], [1, 0, 0, 0, dr, z, 0]] },
  };
  const equations: Expected[][] = [];
  const readouts: Record<string, Expected> = {};
  const printed: Record<string, number> = { z };
  for (const name of ['sigmoid', 'tanh', 'relu'] as const) {
    if (!st[name]) continue;
    const c = curves[name];
    equations.push(...c.equations);
    readouts[`${c.symbol}(z)`] = c.value;
    readouts[`${c.symbol}'(z)`] = c.slope;
    printed[`${name}(z)`] = c.value;
    printed[`${name}'(z)`] = c.slope;
  }
  return { equations, readouts, printed };
}

/**
 * Random states on the schema's grid, half of them at a telling z: 0 (where e^{0} and the exact
 * values σ = 0.5, tanh' = 1 show), the ends ±6 (tanh rounds to 1 there) or 2 (σ needs a fourth
 * decimal); now and then with every curve switched off.
 */
export function sample(random: () => number, defaults: ExplorerState): ExplorerState {
  const telling = [0, 6, -6, 2];
  const z = random() < 0.5 ? telling[Math.floor(random() * telling.length)] : Math.round(-600 + random() * 1200) / 100;
  const none = random() < 0.15;
  const pick = () => !none && random() < 0.7;
  return { ...defaults, z, sigmoid: pick(), tanh: pick(), relu: pick(), derivatives: random() < 0.7 };
}
