/**
 * Number formatting for prose, chips and TeX. Rules shared by every function here:
 * - rounding is decimal (Intl, half away from zero on the shortest decimal form of the double),
 *   so float noise never shows: 0.1 + 0.2 → "0.3", 0.49999999999999994 → "0.5";
 * - trailing zeros are trimmed: 0.5 → "0.5", 2 → "2";
 * - −0, anything below 1e-12 in size (float noise of cancelling sums), and anything that
 *   rounds to 0 with a zero sign, shows as "0";
 * - |x| ≥ 1e6, or 0 < |x| small enough to round to 0 at `digits` decimals, switches to compact
 *   scientific form with superscripts: "1.2×10⁶", "3.4×10⁻⁵" (TeX: 1.2\times10^{6});
 * - non-finite values never print "NaN"/"Infinity": they show "—" (TeX: \text{—}).
 */
export { parseNumberInput } from './parseNumberInput';
export type { ParseResult } from './parseNumberInput';

export const MINUS = '\u2212';
const NBSP = '\u00a0';
const NOISE_FLOOR = 1e-12;
const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻',
};

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(digits: number, grouping: boolean, scientific: boolean): Intl.NumberFormat {
  const key = `${digits}|${grouping}|${scientific}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      maximumFractionDigits: digits,
      minimumFractionDigits: 0,
      useGrouping: grouping,
      notation: scientific ? 'scientific' : 'standard',
    });
    formatters.set(key, f);
  }
  return f;
}

function cleanDigits(digits: number): number {
  return Number.isFinite(digits) ? Math.min(20, Math.max(0, Math.round(digits))) : 3;
}

/** Parts of |x| rounded for display: either fixed `text`, or scientific `mantissa`×10^`exponent`. */
type Parts =
  | { kind: 'nonfinite' }
  | { kind: 'zero' }
  | { kind: 'fixed'; negative: boolean; text: string }
  | { kind: 'sci'; negative: boolean; mantissa: string; exponent: string };

function parts(x: number, digits: number, grouping: boolean): Parts {
  if (!Number.isFinite(x)) return { kind: 'nonfinite' };
  // Below 1e-12 a value is float noise from cancelling sums (1 − 0.6 − 0.4 = 1.1e-16), not a
  // quantity a reader should see: it reads as 0.
  if (Math.abs(x) < NOISE_FLOOR) return { kind: 'zero' };
  const d = cleanDigits(digits);
  const abs = Math.abs(x);
  const negative = x < 0;
  const fixed = formatter(d, grouping, false).format(abs);
  const roundsToZero = /^[0.,]+$/.test(fixed);
  if (abs < 1e6 && !roundsToZero && Number(fixed.replace(/,/g, '')) < 1e6) {
    return { kind: 'fixed', negative, text: fixed };
  }
  const [mantissa, exponent] = formatter(Math.max(0, d - 1), false, true).format(abs).split('E');
  return { kind: 'sci', negative, mantissa, exponent };
}

export interface FormatOptions {
  /** Group thousands with commas ("1,024"); off by default so numbers read like math. */
  grouping?: boolean;
}

/** Digits and minus signs as superscripts: "-11" → "⁻¹¹". */
export const superscript = (text: string): string => [...text].map((c) => SUPERSCRIPT[c] ?? c).join('');

/** x rounded to `digits` decimals for display, with a Unicode minus: −0.2, 0.622, 2, 1.2×10⁶, —. */
export function formatNumber(x: number, digits = 3, options: FormatOptions = {}): string {
  const p = parts(x, digits, options.grouping ?? false);
  switch (p.kind) {
    case 'nonfinite': return '—';
    case 'zero': return '0';
    case 'fixed': return (p.negative ? MINUS : '') + p.text;
    case 'sci': {
      return `${p.negative ? MINUS : ''}${p.mantissa}×10${superscript(p.exponent)}`;
    }
  }
}

/** A fraction as a percentage: 0.6827 → "68.3 %" (the space is a no-break space U+00A0). */
export function formatPercent(fraction: number, digits = 1): string {
  if (!Number.isFinite(fraction)) return '—';
  return `${formatNumber(fraction * 100, digits)}${NBSP}%`;
}

export interface TexNumberOptions {
  /** Wrap negative numbers in parentheses, for products such as 0.5 \cdot (-0.2). */
  parens?: boolean;
}

/** x as a TeX fragment: "-0.2", "(-0.2)" with parens, "1.2\times10^{6}", "\text{—}". */
export function texNumber(x: number, digits = 3, options: TexNumberOptions = {}): string {
  const p = parts(x, digits, false);
  let body: string;
  switch (p.kind) {
    case 'nonfinite': return '\\text{—}';
    case 'zero': return '0';
    case 'fixed': body = p.text; break;
    case 'sci': body = `${p.mantissa}\\times10^{${p.exponent}}`; break;
  }
  if (!p.negative) return body;
  return options.parens ? `(-${body})` : `-${body}`;
}

/**
 * x as plain editable text for an input field: full precision (12 significant digits, so no
 * float noise), no grouping, Unicode minus, "" for non-finite. parseNumberInput reads it back.
 */
export function editableNumber(x: number): string {
  if (!Number.isFinite(x)) return '';
  if (x === 0) return '0';
  return String(Number(x.toPrecision(12))).replace('-', MINUS);
}
