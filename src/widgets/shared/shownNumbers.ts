import { texNumber } from '../../components/format';
import { relation, valueOfTex } from './liveTex';

/**
 * Numbers as the learning figures write them: texNumber, except that a value below its noise
 * floor (10⁻¹²) that is real, not float residue, still shows as m×10^e: a saturated sigmoid's loss
 * (at z = 40, L ≈ 9×10⁻³⁶), a weight far along a converging path (0.9⁵⁰⁰ · 2.5 ≈ 3.5×10⁻²³).
 */
export function numTex(x: number, digits = 3): string {
  if (x === 0 || Math.abs(x) >= 1e-12) return texNumber(x, digits);
  const [m, e] = x.toExponential(Math.max(0, digits - 1)).split('e');
  return `${Number(m)}\\times10^{${Number(e)}}`;
}

/** The value a reader reads in numTex(x, decimals): what the next step of a worked line starts from. */
export const read = (x: number, decimals: number) => valueOfTex(numTex(x, decimals));

/**
 * "= x" where x is shown exactly, else "≈ x". What σ makes of z is never a short decimal except at
 * z = 0 (σ(0) = ½), whatever floating point rounds it to, so `exact` says whether x can be one.
 */
export const result = (x: number, digits: number, exact: boolean) => `${exact ? relation(x, digits) : '\\approx'} ${numTex(x, digits)}`;
