import { exampleNeuron, sigmoidNeuronLoss } from '../../core';
import type { SlopeFunction } from './params';

/** A function of one weight with its exact derivative. */
export interface OneWeightFunction {
  f: (w: number) => number;
  df: (w: number) => number;
}

const { x, w, b } = exampleNeuron;
/** The running neuron's squared error against y = 1 as w1 varies (w2 and b held). */
export const lossAtW1 = (w1: number) => sigmoidNeuronLoss([w1, w[1]], x, b, 1, 'mse');

/**
 * 'loss': ½(σ(2w + 3·(−0.2) + 0.1) − 1)² as w = w1 varies, with its chain-rule slope
 * (a − y)·a(1 − a)·2 from the core. 'cubic': f(w) = w³/3 − w, f'(w) = w² − 1.
 */
export const slopeFunctions: Record<SlopeFunction, OneWeightFunction> = {
  loss: { f: (w1) => lossAtW1(w1).L, df: (w1) => lossAtW1(w1).dLdw[0] },
  cubic: { f: (w) => (w * w * w) / 3 - w, df: (w) => w * w - 1 },
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

export const slopeDomains: Record<SlopeFunction, [number, number]> = { loss: [0, 0.6], cubic: [-6, 6] };
