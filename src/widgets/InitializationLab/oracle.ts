import { createRng, fillNormal, fillUniform } from '../../core';
import type { OracleView } from '../../test/oracle';
import type { InitLabState } from './params';

/**
 * By hand: Xavier Var(w) = 2/(n_in + n_out), He 2/n_in; σ = √Var; the uniform half-width
 * r = √(6/fan) = √3·σ (r, not L: L is the loss). The sample statistics are those of the seeded draws, counted by plain loops.
 */
export function oracle(s: InitLabState): OracleView {
  const fan = s.scheme === 'xavier' ? s.nIn + s.nOut : s.nIn;
  const variance = 2 / fan;
  const sigma = Math.sqrt(variance);
  const limit = Math.sqrt(6 / fan);
  const draws = new Float64Array(s.count);
  if (s.dist === 'normal') fillNormal(createRng(s.seed), draws, 0, sigma);
  else fillUniform(createRng(s.seed), draws, -limit, limit);
  let sum = 0;
  for (const w of draws) sum += w;
  const mean = sum / s.count;
  let squares = 0;
  for (const w of draws) squares += (w - mean) ** 2;
  const sampleVariance = squares / s.count;
  const fanNumbers = s.scheme === 'xavier' ? [s.nIn, s.nOut] : [s.nIn];
  const uniform = s.dist === 'uniform';
  return {
    equations: [
      // Var(w) = 2/(n_in + n_out) = 2/(3 + 2) ≈ 0.4: the numerator twice, then the sizes.
      [2, 2, ...fanNumbers, variance],
      [variance, sigma],
      // w ~ N(0, σ²) ≈ N(0, 0.632²), or r = √(6/(n_in + n_out)) = √(6/(3 + 2)) ≈ 1.095.
      uniform ? [6, 6, ...fanNumbers, limit] : [0, 2, 0, sigma, 2],
    ],
    readouts: {
      'Var(w)': variance,
      σ: sigma,
      ...(uniform ? { r: limit } : {}),
      'sample mean': mean,
      'sample variance': sampleVariance,
      'sample std': Math.sqrt(sampleVariance),
    },
    printed: { 'Var(w)': variance, σ: sigma, ...(uniform ? { r: limit } : {}), 'W.shape': [s.nOut, s.nIn] },
  };
}

/** Random states with at most 5,000 samples; a size of 1024 one time in five (Var down to 1/1024). */
export function sample(random: () => number, defaults: InitLabState): InitLabState {
  const size = () => (random() < 0.2 ? 1024 : Math.round(2 ** (10 * random())));
  return {
    ...defaults,
    scheme: random() < 0.5 ? 'xavier' : 'he',
    dist: random() < 0.5 ? 'normal' : 'uniform',
    nIn: size(),
    nOut: size(),
    count: Math.round(100 * 50 ** random()),
    seed: Math.floor(random() * 1_000_000),
  };
}
