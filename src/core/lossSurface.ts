import { updateVector, type OptimizerName } from './optimizers';

/**
 * Gradient descent on the bowl L(w1, w2) = ½(p·w1² + q·w2²) with p = 1, q = 5 (and on a long
 * narrow valley, p = 0.05, q = 5: as steep across, twenty times flatter along).
 * Its gradient is (p·w1, q·w2), so one step w ← w − η∇L multiplies w1 by (1 − ηp) and w2 by
 * (1 − ηq). The steps shrink toward the minimum (0, 0) exactly when |1 − ηq| < 1 and
 * |1 − ηp| < 1, i.e. when η < 2 / max(p, q) = 0.4; above that every step overshoots the valley
 * and the weights grow without bound.
 */
export const BOWL = { p: 1, q: 5 } as const;

export type SurfaceName = 'bowl' | 'valley';
/** The two surfaces' curvatures: the valley's floor falls 20× more gently than the bowl's. */
export const SURFACES: Readonly<Record<SurfaceName, { readonly p: number; readonly q: number }>> = { bowl: BOWL, valley: { p: 0.05, q: 5 } };

/** The learning rate above which descent on the bowl diverges: 2 / max(p, q). */
export const CRITICAL_ETA = 2 / Math.max(BOWL.p, BOWL.q);

/** Loss beyond which a run counts as diverged (the plotted square's worst corner is 27). */
export const DIVERGENCE_BOUND = 1000;

export function bowlLoss(w1: number, w2: number, surface: SurfaceName = 'bowl'): number {
  const { p, q } = SURFACES[surface];
  return 0.5 * (p * w1 * w1 + q * w2 * w2);
}

export function bowlGradient(w1: number, w2: number, surface: SurfaceName = 'bowl'): [number, number] {
  const { p, q } = SURFACES[surface];
  return [p * w1, q * w2];
}

export interface DescentPath {
  w1: number[];
  w2: number[];
  loss: number[];
  /** Steps actually taken (the path has steps + 1 points). */
  steps: number;
  /** True when a step's loss passed DIVERGENCE_BOUND or stopped being finite; the run stops there. */
  diverged: boolean;
  /** The optimiser's memory after the last kept step (momentum's velocity in m; Adam's moments m, s). */
  m: [number, number];
  s: [number, number];
}

export interface DescentOptions {
  surface?: SurfaceName;
  optimizer?: OptimizerName;
}

/**
 * Up to `steps` steps of the optimiser (default plain gradient descent) from (w1, w2) with
 * learning rate eta on the surface (default the bowl). A step whose loss is non-finite or above
 * the bound ends the run: the path keeps that step only if it is finite.
 */
export function descend(w1: number, w2: number, eta: number, steps: number, options: DescentOptions = {}): DescentPath {
  const { surface = 'bowl', optimizer = 'sgd' } = options;
  const path: DescentPath = { w1: [w1], w2: [w2], loss: [bowlLoss(w1, w2, surface)], steps: 0, diverged: false, m: [0, 0], s: [0, 0] };
  const w = Float64Array.of(w1, w2), g = new Float64Array(2), m = new Float64Array(2), s = new Float64Array(2);
  for (let k = 0; k < steps; k++) {
    [g[0], g[1]] = bowlGradient(w[0], w[1], surface);
    updateVector(w, g, m, s, k + 1, optimizer, eta, 0);
    const L = bowlLoss(w[0], w[1], surface);
    if (Number.isFinite(L)) {
      path.w1.push(w[0]);
      path.w2.push(w[1]);
      path.loss.push(L);
      path.steps++;
      path.m = [m[0], m[1]];
      path.s = [s[0], s[1]];
    }
    if (!Number.isFinite(L) || L > DIVERGENCE_BOUND) {
      path.diverged = true;
      break;
    }
  }
  return path;
}

/** L on a cols × rows grid over [lo, hi]², row-major with row 0 at w2 = lo. */
export function lossGrid(cols: number, rows: number, lo: number, hi: number, surface: SurfaceName = 'bowl'): Float64Array {
  const values = new Float64Array(cols * rows);
  for (let r = 0; r < rows; r++) {
    const w2 = lo + ((hi - lo) * r) / (rows - 1);
    for (let c = 0; c < cols; c++) values[r * cols + c] = bowlLoss(lo + ((hi - lo) * c) / (cols - 1), w2, surface);
  }
  return values;
}

/** Steps the optimiser takes from (w1, w2) until the loss is below `threshold` (null if not within maxSteps or diverged). */
export function stepsToReach(w1: number, w2: number, eta: number, threshold: number, options: DescentOptions = {}, maxSteps = 5000): number | null {
  const path = descend(w1, w2, eta, maxSteps, options);
  const k = path.loss.findIndex((L) => L < threshold);
  return k < 0 ? null : k;
}
