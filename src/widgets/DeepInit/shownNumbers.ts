import { formatNumber, texNumber, MINUS } from '../../components/format';

/**
 * Numbers with significant digits, for variances that shrink or grow by many powers of ten: a
 * variance of 1.2×10⁻¹⁴ is not "0" (formatNumber reads anything below 10⁻¹² as float noise).
 */
const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
export const superscript = (n: number): string => [...String(n)].map((c) => SUPERSCRIPT[c] ?? c).join('');

/** x to n significant digits: the value behind the text the reader sees. */
export const rounded = (x: number, n: number): number => (Number.isFinite(x) ? Number(x.toPrecision(n)) : x);

const isScientific = (x: number) => x !== 0 && Number.isFinite(x) && (Math.abs(x) < 1e-3 || Math.abs(x) >= 1e6);

/** Mantissa and exponent of |x| to n significant digits, trailing zeros trimmed: 1.20e-14 → ['1.2', -14]. */
function mantissa(x: number, n: number): [string, number] {
  const [m, e] = Math.abs(x).toExponential(n - 1).split('e');
  return [String(Number(m)), Number(e)];
}

/** 0.394, 0.0111, 45, 1.2×10⁻¹⁴. */
export function significant(x: number, n = 3): string {
  if (!isScientific(x)) return formatNumber(rounded(x, n), 12);
  const [m, e] = mantissa(x, n);
  return `${x < 0 ? MINUS : ''}${m}×10${superscript(e)}`;
}

/** The same in TeX: 1.2\times10^{-14}. */
export function texSignificant(x: number, n = 3): string {
  if (!isScientific(x)) return texNumber(rounded(x, n), 12);
  const [m, e] = mantissa(x, n);
  return `${x < 0 ? '-' : ''}${m}\\times10^{${e}}`;
}

/** "=" when x shown with n significant digits is x itself, "≈" otherwise. */
export const relationAt = (x: number, n = 3): string => (Math.abs(rounded(x, n) - x) <= 1e-12 * Math.abs(x) ? '=' : '\\approx');

/** A log axis labels powers of ten: 0.01, 1, 100, and 10⁻²⁰ rather than "0". */
export function powerOfTen(value: number | string): string {
  const k = Math.round(Math.log10(Number(value)));
  return Math.abs(k) <= 2 ? formatNumber(10 ** k, 2) : `10${superscript(k)}`;
}

/**
 * The middle of an axis from lo to hi, with the arithmetic's float noise read as 0: the gradients'
 * range is −g … g as bin edges, and their midpoint came out as −4.44×10⁻¹⁶, which `significant`
 * rightly does not hide, under every histogram.
 */
export function axisMiddle(lo: number, hi: number): number {
  const middle = (lo + hi) / 2;
  return Math.abs(middle) <= 1e-9 * Math.abs(hi - lo) ? 0 : middle;
}
