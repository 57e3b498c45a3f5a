import { exampleNeuron, sigmoidNeuronLoss } from '../../core';

const lossAtW1 = (w1: number) => sigmoidNeuronLoss([w1, exampleNeuron.w[1]], exampleNeuron.x, exampleNeuron.b, 1, 'mse');

export type SlopeFunction = 'loss' | 'cubic';

/** A function of one weight with its exact derivative. */
export interface OneWeightFunction {
  f: (w: number) => number;
  df: (w: number) => number;
}

/**
 * 'loss': the chapter-7 neuron's squared error ½(σ(2w + 3·(−0.2) + 0.1) − 1)² as w = w1 varies
 * (w2 = −0.2, b = 0.1, target y = 1); its derivative by the chain rule (a − y)·a(1 − a)·2.
 * 'cubic': f(w) = w³/3 − w, f'(w) = w² − 1.
 */
export const slopeFunctions: Record<SlopeFunction, OneWeightFunction> = {
  loss: {
    f: (w) => lossAtW1(w).L,
    df: (w) => lossAtW1(w).dLdw[0],
  },
  cubic: {
    f: (w) => (w * w * w) / 3 - w,
    df: (w) => w * w - 1,
  },
};

/**
 * The central difference (f(w + h) − f(w − h)) / 2h: the slope of the secant through the points
 * h to either side of w. Its error shrinks like h² (for the cubic it is exactly h²/3).
 */
export function centralDifference(f: (w: number) => number, w: number, h: number): number {
  return (f(w + h) - f(w - h)) / (2 * h);
}

/** A straight line through (w, fw) with the given slope, sampled at the two ends of [lo, hi]. */
export function lineThrough(w: number, fw: number, slope: number, lo: number, hi: number) {
  return { xs: [lo, hi], ys: [fw + slope * (lo - w), fw + slope * (hi - w)] };
}

/** The curve sampled on [lo, hi]. */
export function sampleCurve(f: (w: number) => number, lo: number, hi: number, steps = 121) {
  const xs = new Float64Array(steps);
  const ys = new Float64Array(steps);
  for (let i = 0; i < steps; i++) {
    xs[i] = lo + ((hi - lo) * i) / (steps - 1);
    ys[i] = f(xs[i]);
  }
  return { xs, ys };
}

export const slopeDomains: Record<SlopeFunction, [number, number]> = { loss: [0, 0.6], cubic: [-6, 6] };
