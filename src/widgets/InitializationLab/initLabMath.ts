import { initVariance, mean, normalCdf, normalPdf, variance } from '../../core';
import { standardDraws, standardStats } from './standardDraws';
import type { InitLabState } from './params';

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
  /** Normal: 2Φ(k) − 1; uniform on [−r, r]: min(1, kσ/r). */
  expected: number;
}

export interface InitLab {
  variance: number;
  sigma: number;
  /** Half-width r of the uniform variant, √(3·Var) (also shown for the normal choice). */
  limit: number;
  samples: Float64Array;
  /** Histogram of the samples over [−4σ, 4σ], heights as densities (count / (n·bin width)). */
  bins: { x0: Float64Array; x1: Float64Array; density: Float64Array; outside: number };
  normalCurve: { xs: Float64Array; ys: Float64Array };
  /** The flat density 1/(2r) on [−r, r] as a closed outline (uniform only, else empty). */
  flatCurve: { xs: number[]; ys: number[] };
  yMax: number;
  bands: BandRow[];
  sampleMean: number;
  sampleVariance: number;
  sampleStd: number;
}

/** Expected share within ±kσ: normal 2Φ(k) − 1; uniform U[−r, r] with r = √3σ: min(1, kσ/r). */
export function expectedShare(dist: InitLabState['dist'], k: number): number {
  return dist === 'normal' ? 2 * normalCdf(k) - 1 : Math.min(1, k / Math.sqrt(3));
}

/**
 * The sampled matrix W, n_out × n_in, row-major: sampleWeights(scheme, n_in, n_out, seed, dist).
 * Kept apart from the samples so a change of N or of the view does not redraw up to 1024² weights.
 */
export function computeMatrix(s: Pick<InitLabState, 'scheme' | 'dist' | 'nIn' | 'nOut' | 'seed'>): MatrixSummary {
  const key = `${s.scheme}|${s.dist}|${s.nIn}|${s.nOut}|${s.seed}`;
  if (lastMatrix?.key === key) return lastMatrix.matrix;
  // Equal to sampleWeights(scheme, nIn, nOut, seed, dist) up to rounding: σ times the first
  // nOut·nIn standard draws of the seed's stream.
  const sigma = Math.sqrt(initVariance(s.scheme, s.nIn, s.nOut));
  const z = standardDraws(s.dist, s.seed, s.nOut * s.nIn);
  lastMatrix = { key, matrix: summariseMatrix(z, s.nOut, s.nIn, sigma) };
  return lastMatrix.matrix;
}
/** The last matrix summarised: a change of N alone does not walk up to 1024² weights again. */
let lastMatrix: { key: string; matrix: MatrixSummary } | null = null;

/** Everything the lab shows but the matrix, from its state alone (same state → same numbers). */
export function computeInitLab(s: InitLabState): InitLab {
  const v = initVariance(s.scheme, s.nIn, s.nOut);
  const sigma = Math.sqrt(v);
  const limit = Math.sqrt(3 * v);
  // The draws are σ·z: their histogram, band shares and moments are those of z, rescaled.
  const std = standardStats(s.dist, s.seed, s.count, BINS, SPAN);
  const width = (2 * SPAN * sigma) / BINS;
  const x0 = new Float64Array(BINS);
  const x1 = new Float64Array(BINS);
  const density = new Float64Array(BINS);
  let yMax = 0;
  for (let i = 0; i < BINS; i++) {
    x0[i] = std.hist.x0[i] * sigma;
    x1[i] = std.hist.x1[i] * sigma;
    density[i] = std.hist.counts[i] / (s.count * width);
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
    k, lo: -k * sigma, hi: k * sigma, measured: std.shares[k - 1], expected: expectedShare(s.dist, k),
  }));
  const sampleVariance = std.variance * v;
  return {
    variance: v,
    sigma,
    limit,
    get samples() {
      return standardDraws(s.dist, s.seed, s.count).map((z) => z * sigma);
    },
    bins: { x0, x1, density, outside: std.hist.below + std.hist.above },
    normalCurve: { xs, ys },
    flatCurve,
    yMax: yMax * 1.08,
    bands,
    sampleMean: std.mean * sigma,
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
export function summariseMatrix(W: Float64Array, nOut: number, nIn: number, scale = 1, maxSide = 8, cornerRows = 4, cornerCols = 6): MatrixSummary {
  const full = nOut <= maxSide && nIn <= maxSide;
  const r = full ? nOut : Math.min(nOut, cornerRows);
  const c = full ? nIn : Math.min(nIn, cornerCols);
  const rows: number[][] = [];
  for (let i = 0; i < r; i++) rows.push(Array.from(W.subarray(i * nIn, i * nIn + c), (w) => w * scale));
  let min = Infinity, max = -Infinity;
  for (let i = 0; i < W.length; i++) {
    if (W[i] < min) min = W[i];
    if (W[i] > max) max = W[i];
  }
  // scale > 0, so the extremes of scale·W are scale times those of W.
  return { rows, moreRows: r < nOut, moreCols: c < nIn, min: min * scale, max: max * scale, mean: mean(W) * scale, std: Math.sqrt(variance(W)) * scale };
}
