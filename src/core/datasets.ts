/**
 * Toy two-class data sets in the plane, seeded. Clean points lie in [−1, 1]²; Gaussian noise of
 * standard deviation `noise` is then added to each coordinate (labels come from the clean point),
 * so with noise > 0 a few points spill outside the square. Classes alternate, i even → 0, odd → 1.
 * The noise draws are made even when noise = 0, so for one seed a noise slider moves the same points.
 */
import type { Matrix } from './linalg';
import { createRng } from './rng';
import type { Rng } from './rng';
import { assertNonNegative, assertPositiveInteger } from './validate';

export type DatasetName = 'xor' | 'circles' | 'moons' | 'spiral';

export interface Dataset {
  /** n × 2 points, row i = (x₁, x₂). */
  X: Matrix;
  /** Labels 0 or 1, length n. */
  y: Float64Array;
}

/** Clean point of class `label` (0/1) for each data set, in [−1, 1]². */
const generators: Record<DatasetName, (rng: Rng, label: number) => [number, number]> = {
  // Quadrants: class 1 where the signs differ (x₁x₂ < 0); kept 0.1 away from the axes.
  xor(rng, label) {
    const s1 = rng.uniform() < 0.5 ? -1 : 1;
    const s2 = label === 1 ? -s1 : s1;
    return [s1 * (0.1 + 0.9 * rng.uniform()), s2 * (0.1 + 0.9 * rng.uniform())];
  },
  // Class 0: a disc of radius 0.5; class 1: a ring 0.7 ≤ r ≤ 1.
  circles(rng, label) {
    const t = 2 * Math.PI * rng.uniform();
    const r = label === 0 ? 0.5 * Math.sqrt(rng.uniform()) : 0.7 + 0.3 * rng.uniform();
    return [r * Math.cos(t), r * Math.sin(t)];
  },
  // Two interleaved half circles (as scikit-learn's make_moons), scaled by 1/1.5 and centred:
  // class 0: (cos t, sin t), class 1: (1 − cos t, ½ − sin t), t ∈ [0, π] → x₁ ∈ [−1, 1], x₂ ∈ [−½, ½].
  moons(rng, label) {
    const t = Math.PI * rng.uniform();
    const [u, v] = label === 0 ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)];
    return [(u - 0.5) / 1.5, (v - 0.25) / 1.5];
  },
  // Two arms r = s, θ = 3.5π·s (+π for class 1), s uniform in [0, 1].
  spiral(rng, label) {
    const s = rng.uniform();
    const theta = 3.5 * Math.PI * s + (label === 1 ? Math.PI : 0);
    return [s * Math.cos(theta), s * Math.sin(theta)];
  },
};

/** n labelled points of a named data set, noise = standard deviation of the added N(0, noise²). */
export function makeDataset(name: DatasetName, n: number, noise: number, seed: number): Dataset {
  assertPositiveInteger('n', n);
  assertNonNegative('noise', noise);
  const generate = generators[name];
  if (!generate) throw new RangeError(`name must be one of xor, circles, moons, spiral, got ${String(name)}`);
  const rng = createRng(seed);
  const X = new Float64Array(2 * n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    const [x1, x2] = generate(rng, label);
    X[2 * i] = x1 + noise * rng.normal();
    X[2 * i + 1] = x2 + noise * rng.normal();
    y[i] = label;
  }
  return { X: { rows: n, cols: 2, data: X }, y };
}
