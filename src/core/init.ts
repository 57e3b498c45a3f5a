/**
 * Weight initialization: Xavier/Glorot (keeps the variance of signals in both directions for
 * tanh-like units) and He/Kaiming (compensates ReLU zeroing half its inputs).
 */
import { createRng, fillNormal, fillUniform } from './rng';
import type { Rng } from './rng';
import { assertPositiveInteger } from './validate';

export type InitScheme = 'xavier' | 'he';
export type InitDistribution = 'normal' | 'uniform';

/** Xavier/Glorot variance: Var(w) = 2 / (nIn + nOut). */
export function xavierVariance(nIn: number, nOut: number): number {
  assertPositiveInteger('nIn', nIn);
  assertPositiveInteger('nOut', nOut);
  return 2 / (nIn + nOut);
}

/** He/Kaiming variance: Var(w) = 2 / nIn. */
export function heVariance(nIn: number): number {
  assertPositiveInteger('nIn', nIn);
  return 2 / nIn;
}

/** Xavier uniform limit: U[−L, L] with L = √(6 / (nIn + nOut)) has variance L²/3 = 2/(nIn + nOut). */
export function xavierUniformLimit(nIn: number, nOut: number): number {
  return Math.sqrt(3 * xavierVariance(nIn, nOut));
}

/** He uniform limit: L = √(6 / nIn), so Var = L²/3 = 2/nIn. */
export function heUniformLimit(nIn: number): number {
  return Math.sqrt(3 * heVariance(nIn));
}

/** Target variance of a scheme: xavier → 2/(nIn+nOut), he → 2/nIn. */
export function initVariance(scheme: InitScheme, nIn: number, nOut: number): number {
  assertPositiveInteger('nOut', nOut);
  return scheme === 'xavier' ? xavierVariance(nIn, nOut) : heVariance(nIn);
}

/**
 * Draws a weight matrix W (nOut × nIn, row-major: W[j·nIn + k] connects input k to unit j) with
 * the scheme's variance σ²: normal → N(0, σ²); uniform → U[−√3σ, √3σ) (same variance).
 * Seeded: same arguments → same array.
 */
export function sampleWeights(
  scheme: InitScheme,
  nIn: number,
  nOut: number,
  seed: number,
  distribution: InitDistribution = 'normal',
): Float64Array {
  return sampleWeightsWith(createRng(seed), scheme, nIn, nOut, distribution);
}

/** As `sampleWeights`, drawing from an existing generator (a network draws all layers from one). */
export function sampleWeightsWith(
  rng: Rng,
  scheme: InitScheme,
  nIn: number,
  nOut: number,
  distribution: InitDistribution = 'normal',
): Float64Array {
  const variance = initVariance(scheme, nIn, nOut);
  const out = new Float64Array(nOut * nIn);
  if (distribution === 'uniform') {
    const limit = Math.sqrt(3 * variance);
    return fillUniform(rng, out, -limit, limit);
  }
  return fillNormal(rng, out, 0, Math.sqrt(variance));
}
