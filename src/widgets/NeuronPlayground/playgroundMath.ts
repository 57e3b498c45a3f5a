import { neuron } from '../../core';
import { formatNumber } from '../../components/format';
import { activationLabel } from '../shared/activationNames';
import { X_RANGE, type PlaygroundState } from './params';

const STEPS = 201;

/**
 * Where z = wx + b crosses zero: x = −b / w. None when w = 0 (z is the constant b).
 * This is the point the bias slides left and right: b shifts the curve, w sets its steepness.
 */
export function zeroCrossing(w: number, b: number): number | null {
  if (w === 0 || !Number.isFinite(w) || !Number.isFinite(b)) return null;
  const x = -b / w;
  return Object.is(x, -0) ? 0 : x;
}

/** The y-range of the plot: S-curves get a fixed frame; ReLU grows with the largest output. */
export function yDomainFor(act: PlaygroundState['act'], aMax: number): [number, number] {
  if (act === 'sigmoid') return [-1.5, 1.5];
  if (act === 'tanh') return [-1.5, 1.5];
  return [-1, Math.min(20, Math.max(2, Math.ceil(aMax)))];
}

/** z = wx + b and a = f(z) sampled over x ∈ [−5, 5], with the plot's range and description. */
export function playgroundCurves(s: PlaygroundState) {
  const xs = new Float64Array(STEPS);
  const zs = new Float64Array(STEPS);
  const as = new Float64Array(STEPS);
  let aMax = -Infinity;
  for (let i = 0; i < STEPS; i++) {
    const x = X_RANGE[0] + ((X_RANGE[1] - X_RANGE[0]) * i) / (STEPS - 1);
    const { z, a } = neuron([s.w], [x], s.b, s.act);
    xs[i] = x;
    zs[i] = z;
    as[i] = a;
    aMax = Math.max(aMax, a);
  }
  const yDomain = yDomainFor(s.act, aMax);
  const f = (v: number) => formatNumber(v);
  const cross = zeroCrossing(s.w, s.b);
  const trend = s.w > 0 ? 'rises as x grows' : s.w < 0 ? 'falls as x grows' : 'is flat: the input has no effect';
  const crossText =
    cross === null ? `z never crosses 0 (it stays at b = ${f(s.b)}).` : `z crosses 0 at x = −b/w = ${f(cross)}.`;
  const description =
    `Solid line: a = ${activationLabel[s.act]}(${f(s.w)}x + ${f(s.b)}) for x from −5 to 5, from ${f(as[0])} to ${f(as[STEPS - 1])}; ` +
    `it ${trend}. Dashed line: z = ${f(s.w)}x + ${f(s.b)}. ${crossText} ` +
    `The marked point is the current input x = ${f(s.x)}.`;
  return { xs, zs, as, yDomain, cross, description };
}
