/**
 * Summaries of the core's deepSignal for drawing: per-layer variances and histograms on one shared
 * x-range, small enough to pass from a worker. Plain arrays only (structured-clone friendly).
 */
import { deepSignal, deepInitStd, histogram, type DeepInit } from '../../core';
import type { DeepInitState } from './params';

export interface LayerHistogram {
  /** Bin heights as shares of all batch·width values (0…1). */
  shares: number[];
}

export interface DeepSummary {
  /** Var(A_l) for l = 1…L, and Var(∂L/∂A_l). */
  actVar: number[];
  gradVar: number[];
  actHist: LayerHistogram[];
  gradHist: LayerHistogram[];
  /** Shared bin edges of all activation (gradient) histograms. */
  actEdges: number[];
  gradEdges: number[];
  /** tanh only: share of the last layer's activations with |a| > 0.99 (saturation); 0 for ReLU. */
  saturated: number;
  inputVariance: number;
}

export const BINS = 30;

function edges(lo: number, hi: number): number[] {
  return Array.from({ length: BINS + 1 }, (_, i) => lo + ((hi - lo) * i) / BINS);
}

function shares(values: Float64Array, lo: number, hi: number): LayerHistogram {
  const h = histogram(values, BINS, [lo, hi]);
  const n = Math.max(1, values.length);
  return { shares: Array.from(h.counts, (c) => c / n) };
}

/** A finite, positive number for a histogram half-width: 3 standard deviations of the widest layer. */
function spread(variances: number[], fallback: number): number {
  const finite = variances.filter((v) => Number.isFinite(v) && v > 0);
  const top = finite.length ? Math.max(...finite) : 0;
  const s = 3 * Math.sqrt(top);
  return Number.isFinite(s) && s > 0 ? Math.min(s, 1e150) : fallback;
}

/** Runs deepSignal and reduces it to what the figure draws. */
export function summarizeDeepSignal(o: DeepInitState): DeepSummary {
  const sig = deepSignal({ layers: o.layers, width: o.width, batch: o.batch, activation: o.act, init: o.init, seed: o.seed });
  const actVar = sig.layers.map((l) => l.activationVariance);
  const gradVar = sig.layers.map((l) => l.gradientVariance);
  // One x-range for every layer so the reader can compare widths: tanh lives in [−1, 1]; ReLU
  // output is ≥ 0, up to ~3 standard deviations of the widest layer (its mean is not 0, so use
  // the second moment through the variance plus a margin).
  const [aLo, aHi] = o.act === 'tanh' ? [-1, 1] : [0, spread(actVar, 1) * 1.5];
  const g = spread(gradVar, 1);
  const last = sig.layers[sig.layers.length - 1].activations;
  let sat = 0;
  if (o.act === 'tanh') for (let i = 0; i < last.length; i++) if (Math.abs(last[i]) > 0.99) sat++;
  return {
    actVar,
    gradVar,
    actHist: sig.layers.map((l) => shares(l.activations, aLo, aHi)),
    gradHist: sig.layers.map((l) => shares(l.gradients, -g, g)),
    actEdges: edges(aLo, aHi),
    gradEdges: edges(-g, g),
    saturated: sat / Math.max(1, last.length),
    inputVariance: sig.inputVariance,
  };
}

export type Trend = 'vanishing' | 'shrinking' | 'steady' | 'growing' | 'exploding' | 'saturating';

/** Last-layer over first-layer variance; 0 and ∞ are possible, NaN is not. */
export function varianceRatio(variances: number[]): number {
  if (variances.length === 0) return 1;
  const first = variances[0], last = variances[variances.length - 1];
  if (!(first > 0)) return last > 0 ? Infinity : 1;
  return last > 0 ? last / first : 0;
}

/**
 * What the reader sees, named from the numbers: tanh with most of the last layer pinned at ±1 is
 * saturating; otherwise the last/first variance ratio r: r < 1/100 vanishing, r > 100 exploding,
 * ½ ≤ r ≤ 2 steady, and in between a slow drift (shrinking or growing).
 */
export function trendOf(ratio: number, saturated = 0): Trend {
  if (saturated > 0.5) return 'saturating';
  if (!(ratio >= 0.01)) return 'vanishing';
  if (ratio > 100) return 'exploding';
  if (ratio < 0.5) return 'shrinking';
  if (ratio > 2) return 'growing';
  return 'steady';
}

/** The factor by which one layer multiplies the variance, to first order: n_in·Var(w), halved by ReLU. */
export function layerGain(init: DeepInit, width: number, act: 'tanh' | 'relu'): number {
  const s = deepInitStd(init, width);
  return width * s * s * (act === 'relu' ? 0.5 : 1);
}
