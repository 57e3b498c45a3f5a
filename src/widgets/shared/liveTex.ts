import { texNumber } from '../../components/format';
import { texTerm, type TermName } from '../../components/texTerms';

/**
 * Small TeX builders shared by the live equations. Numbers are rounded for reading; "=" is
 * written only when the rounded number is the exact value, "≈" otherwise.
 */
export function relation(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return '=';
  const shown = texNumber(x, digits);
  // Below the noise floor a value shows as 0: the float residue of a sum that cancels (0.1 + 0.2 − 0.3).
  if (shown === '0') return Math.abs(x) < 1e-12 ? '=' : '\\approx';
  const value = valueOfTex(shown);
  // Exact means float noise at most (0.1 + 0.2 is 0.30000000000000004): a few units in the last place.
  return Math.abs(value - x) <= 4 * Number.EPSILON * Math.abs(x) ? '=' : '\\approx';
}

/** The value a texNumber string writes: "1.2\\times10^{-5}" → 1.2e-5, "-0.5" → −0.5. */
export const valueOfTex = (tex: string): number => Number(tex.replace(/\\times10\^\{(-?\d+)\}/, 'e$1').replace(/\{,\}/g, ''));

/**
 * "=" or "≈" before a = f(z): σ and tanh of any z but 0 are irrational, so "≈" even where the
 * double is 1 (σ(40) is 1 − 4×10⁻¹⁸, which rounds to exactly 1.0 in floating point).
 */
export function activationRelation(act: string, z: number, a: number, digits = 3): string {
  return act === 'relu' || act === 'linear' || Math.abs(z) < 1e-12 ? relation(a, digits) : '\\approx';
}

/** A coloured number: num('w', -0.2, { parens: true }) → \htmlClass{nn-term-w}{(-0.2)}. */
export function num(term: TermName, x: number, options: { parens?: boolean; digits?: number } = {}): string {
  return texTerm(term, texNumber(x, options.digits ?? 3, { parens: options.parens }));
}

/** A coloured symbol: sym('w', 'w_1') → \htmlClass{nn-term-w}{w_1}. */
export function sym(term: TermName, tex: string): string {
  return texTerm(term, tex);
}

/**
 * A sum written as a reader would: "1 - 0.6 + 0.1" (the sign joins the operator, no "+ -0.6").
 * Each value may carry the term colour of its origin.
 */
export function signedSum(values: { value: number; term?: TermName }[], digits = 3): string {
  return values
    .map(({ value, term }, i) => {
      const magnitude = texNumber(Math.abs(value), digits);
      const body = term ? texTerm(term, magnitude) : magnitude;
      if (i === 0) return value < 0 && texNumber(value, digits) !== '0' ? `-${body}` : body;
      return value < 0 && texNumber(value, digits) !== '0' ? ` - ${body}` : ` + ${body}`;
    })
    .join('');
}
