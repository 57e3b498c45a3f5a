/**
 * Helpers for the core's tests (not re-exported by index.ts): tolerances from sampling
 * distributions, so a statistical test fails only when the sampler is wrong.
 */
import fc from 'fast-check';

/** 5-sigma tolerance on a sample mean of n draws with standard deviation sigma: 5σ/√n. */
export function meanTolerance(sigma: number, n: number): number {
  return (5 * sigma) / Math.sqrt(n);
}

/** 5-sigma tolerance on a sample variance (normal data): 5σ²√(2/(n−1)). */
export function varianceTolerance(sigma: number, n: number): number {
  return 5 * sigma * sigma * Math.sqrt(2 / (n - 1));
}

/** 5-sigma binomial tolerance on an observed share with true probability p: 5√(p(1−p)/n). */
export function shareTolerance(p: number, n: number): number {
  return 5 * Math.sqrt((p * (1 - p)) / n);
}

/** Kolmogorov–Smirnov critical value at the 0.1 % level for large n: 1.95/√n. */
export function ksCritical(n: number): number {
  return 1.95 / Math.sqrt(n);
}

/** Relative error |a − b| / max(|a|, |b|, floor). */
export function relativeError(a: number, b: number, floor = 1e-8): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), floor);
}

/**
 * Seeds fast-check so property tests are deterministic (same cases on every run and in CI).
 * FC_SEED=<integer> replays a reported seed; FC_SEED=random explores new cases.
 */
export function seedPropertyTests(): void {
  const env = typeof process === 'undefined' ? undefined : process.env.FC_SEED;
  if (env === 'random') return;
  fc.configureGlobal({ seed: env === undefined ? 20_240_611 : Number(env) });
}
