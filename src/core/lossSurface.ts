/**
 * Gradient descent on the bowl L(w1, w2) = ½(p·w1² + q·w2²) with p = 1, q = 5.
 * Its gradient is (p·w1, q·w2), so one step w ← w − η∇L multiplies w1 by (1 − ηp) and w2 by
 * (1 − ηq). The steps shrink toward the minimum (0, 0) exactly when |1 − ηq| < 1 and
 * |1 − ηp| < 1, i.e. when η < 2 / max(p, q) = 0.4; above that every step overshoots the valley
 * and the weights grow without bound.
 */
export const BOWL = { p: 1, q: 5 } as const;

/** The learning rate above which descent on the bowl diverges: 2 / max(p, q). */
export const CRITICAL_ETA = 2 / Math.max(BOWL.p, BOWL.q);

/** Loss beyond which a run counts as diverged (the plotted square's worst corner is 27). */
export const DIVERGENCE_BOUND = 1000;

export function bowlLoss(w1: number, w2: number): number {
  return 0.5 * (BOWL.p * w1 * w1 + BOWL.q * w2 * w2);
}

export function bowlGradient(w1: number, w2: number): [number, number] {
  return [BOWL.p * w1, BOWL.q * w2];
}

export interface DescentPath {
  w1: number[];
  w2: number[];
  loss: number[];
  /** Steps actually taken (the path has steps + 1 points). */
  steps: number;
  /** True when a step's loss passed DIVERGENCE_BOUND or stopped being finite; the run stops there. */
  diverged: boolean;
}

/**
 * Up to `steps` gradient steps from (w1, w2) with learning rate eta. A step whose loss is
 * non-finite or above the bound ends the run: the path keeps that step only if it is finite.
 */
export function descend(w1: number, w2: number, eta: number, steps: number): DescentPath {
  const path: DescentPath = { w1: [w1], w2: [w2], loss: [bowlLoss(w1, w2)], steps: 0, diverged: false };
  let a = w1;
  let b = w2;
  for (let k = 0; k < steps; k++) {
    const [g1, g2] = bowlGradient(a, b);
    a -= eta * g1;
    b -= eta * g2;
    const L = bowlLoss(a, b);
    if (Number.isFinite(L)) {
      path.w1.push(a);
      path.w2.push(b);
      path.loss.push(L);
      path.steps++;
    }
    if (!Number.isFinite(L) || L > DIVERGENCE_BOUND) {
      path.diverged = true;
      break;
    }
  }
  return path;
}

/** L on a cols × rows grid over [lo, hi]², row-major with row 0 at w2 = lo. */
export function lossGrid(cols: number, rows: number, lo: number, hi: number): Float64Array {
  const values = new Float64Array(cols * rows);
  for (let r = 0; r < rows; r++) {
    const w2 = lo + ((hi - lo) * r) / (rows - 1);
    for (let c = 0; c < cols; c++) values[r * cols + c] = bowlLoss(lo + ((hi - lo) * c) / (cols - 1), w2);
  }
  return values;
}
