import {
  createRng, fillNormal, fillUniform, histogram, initVariance, mean, normalCdf, normalPdf, sampleWeights, shareWithin, variance,
} from '../../core';
import type { InitLabState } from './initLabState';

export const BINS = 60;
/** The plot spans ±4σ whatever the scheme, so the bands and both densities always fit. */
export const SPAN = 4;
const CURVE_POINTS = 161;

export interface BandRow {
  k: 1 | 2 | 3;
  lo: number;
  hi: number;
  /** Share of the samples with |w| ≤ kσ. */
  measured: number;
  /** Normal: 2Φ(k) − 1; uniform on [−L, L]: min(1, kσ/L). */
  expected: number;
}

export interface InitLab {
  variance: number;
  sigma: number;
  /** Half-width L of the uniform variant, √(3·Var) (also shown for the normal choice). */
  limit: number;
  samples: Float64Array;
  /** Histogram of the samples over [−4σ, 4σ], heights as densities (count / (n·bin width)). */
  bins: { x0: Float64Array; x1: Float64Array; density: Float64Array; outside: number };
  normalCurve: { xs: Float64Array; ys: Float64Array };
  /** The flat density 1/(2L) on [−L, L] as a closed outline (uniform only, else empty). */
  flatCurve: { xs: number[]; ys: number[] };
  yMax: number;
  bands: BandRow[];
  sampleMean: number;
  sampleVariance: number;
  sampleStd: number;
}

/** Expected share within ±kσ: normal 2Φ(k) − 1; uniform U[−L, L] with L = √3σ: min(1, kσ/L). */
export function expectedShare(dist: InitLabState['dist'], k: number): number {
  return dist === 'normal' ? 2 * normalCdf(k) - 1 : Math.min(1, k / Math.sqrt(3));
}

/**
 * The sampled matrix W, n_out × n_in, row-major: sampleWeights(scheme, n_in, n_out, seed, dist).
 * Kept apart from the samples so a change of N or of the view does not redraw up to 1024² weights.
 */
export function computeMatrix(s: Pick<InitLabState, 'scheme' | 'dist' | 'nIn' | 'nOut' | 'seed'>) {
  return summariseMatrix(sampleWeights(s.scheme, s.nIn, s.nOut, s.seed, s.dist), s.nOut, s.nIn);
}

/** Everything the lab shows but the matrix, from its state alone (same state → same numbers). */
export function computeInitLab(s: InitLabState): InitLab {
  const v = initVariance(s.scheme, s.nIn, s.nOut);
  const sigma = Math.sqrt(v);
  const limit = Math.sqrt(3 * v);
  const samples = new Float64Array(s.count);
  const rng = createRng(s.seed);
  if (s.dist === 'normal') fillNormal(rng, samples, 0, sigma);
  else fillUniform(rng, samples, -limit, limit);

  const h = histogram(samples, BINS, [-SPAN * sigma, SPAN * sigma]);
  const width = (2 * SPAN * sigma) / BINS;
  const density = new Float64Array(BINS);
  let yMax = 0;
  for (let i = 0; i < BINS; i++) {
    density[i] = h.counts[i] / (s.count * width);
    if (density[i] > yMax) yMax = density[i];
  }
  const xs = new Float64Array(CURVE_POINTS);
  const ys = new Float64Array(CURVE_POINTS);
  for (let i = 0; i < CURVE_POINTS; i++) {
    xs[i] = -SPAN * sigma + (2 * SPAN * sigma * i) / (CURVE_POINTS - 1);
    ys[i] = normalPdf(xs[i], 0, sigma);
  }
  const flatHeight = 1 / (2 * limit);
  const flatCurve = s.dist === 'uniform'
    ? { xs: [-limit, -limit, limit, limit], ys: [0, flatHeight, flatHeight, 0] }
    : { xs: [], ys: [] };
  yMax = Math.max(yMax, normalPdf(0, 0, sigma), s.dist === 'uniform' ? flatHeight : 0);

  const bands = ([1, 2, 3] as const).map((k) => ({
    k, lo: -k * sigma, hi: k * sigma, measured: shareWithin(samples, k, 0, sigma), expected: expectedShare(s.dist, k),
  }));
  const sampleMean = mean(samples);
  const sampleVariance = variance(samples);
  return {
    variance: v,
    sigma,
    limit,
    samples,
    bins: { x0: h.x0, x1: h.x1, density, outside: h.below + h.above },
    normalCurve: { xs, ys },
    flatCurve,
    yMax: yMax * 1.08,
    bands,
    sampleMean,
    sampleVariance,
    sampleStd: Math.sqrt(sampleVariance),
  };
}

export interface MatrixSummary {
  /** Rows × columns shown (all of them when the matrix is at most 8 × 8). */
  rows: number[][];
  moreRows: boolean;
  moreCols: boolean;
  min: number;
  max: number;
  mean: number;
  std: number;
}

/** A matrix to show: in full when ≤ maxSide × maxSide, else its corner plus min, max, mean, std. */
export function summariseMatrix(W: Float64Array, nOut: number, nIn: number, maxSide = 8, cornerRows = 4, cornerCols = 6): MatrixSummary {
  const full = nOut <= maxSide && nIn <= maxSide;
  const r = full ? nOut : Math.min(nOut, cornerRows);
  const c = full ? nIn : Math.min(nIn, cornerCols);
  const rows: number[][] = [];
  for (let i = 0; i < r; i++) rows.push(Array.from(W.subarray(i * nIn, i * nIn + c)));
  let min = Infinity, max = -Infinity;
  for (let i = 0; i < W.length; i++) {
    if (W[i] < min) min = W[i];
    if (W[i] > max) max = W[i];
  }
  return { rows, moreRows: r < nOut, moreCols: c < nIn, min, max, mean: mean(W), std: Math.sqrt(variance(W)) };
}
