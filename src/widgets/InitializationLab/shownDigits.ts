import { formatNumber } from '../../components/format';

/** A whole count with grouping, never in scientific form: 1,048,576 weights. */
export const whole = (n: number): string => Math.round(n).toLocaleString('en-US');

/** Decimals that show x > 0 with at least three significant digits, and never fewer than 3: 0.4, 0.0313, 0.000977. */
export function decimalsFor(x: number): number {
  return x > 0 && Number.isFinite(x) ? Math.max(3, 2 - Math.floor(Math.log10(x))) : 3;
}

const shown = (x: number, decimals: number) => Number(formatNumber(x, decimals));

export interface ShownDigits {
  /** Var(w) as a result (step 1, the readout): three significant digits. */
  variance: number;
  /** Var(w) under the root in step 2: as many as its root needs. */
  radicand: number;
  sigma: number;
  limit: number;
}

/**
 * How many decimals Var(w), σ and r are shown with. A reader takes the root of the variance as
 * step 2 shows it, so there it gets the digits that make that root round to the σ shown:
 * Var = 2/151 shown as 0.013 would give √0.013 = 0.114, while σ = 0.115; √0.0132 gives 0.115.
 */
export function shownDigits(variance: number, limit: number): ShownDigits {
  const sigma = Math.sqrt(variance);
  const sigmaDecimals = decimalsFor(sigma);
  let d = decimalsFor(variance);
  while (d < 12 && shown(Math.sqrt(shown(variance, d)), sigmaDecimals) !== shown(sigma, sigmaDecimals)) d++;
  return { variance: decimalsFor(variance), radicand: d, sigma: sigmaDecimals, limit: decimalsFor(limit) };
}
