import { formatNumber } from '../../components/format';
import { RESULT_DIGITS, type NetworkValues } from './networkValues';
import type { NetworkState } from './params';

type V = NetworkValues & NetworkState;
const r = (x: number) => formatNumber(x, RESULT_DIGITS);
/** A factor in a product, parenthesised when negative. */
const factor = (x: number, digits: number) => (x < 0 ? `(${formatNumber(x, digits)})` : formatNumber(x, digits));

/**
 * The backward pass at one step, in words and numbers: the unit's δ as the product of its local
 * factors, then each incoming weight's gradient as δ times that weight's input.
 */
export function stepText(v: V): string {
  const F = v.digits.factors;
  switch (v.step) {
    case 0:
      return 'Forward pass done: every unit shows its z and a. Press “Step backward” to start the backward pass at the output.';
    case 1:
      return (
        `Step 1 of 3, the output unit: δ⁽²⁾ = (a⁽²⁾ − y) · σ′(z⁽²⁾) = (${formatNumber(v.a2, F)} − ${formatNumber(v.y)}) · ${formatNumber(v.s2, F)} ≈ ${r(v.d2)}. ` +
        `Its weights' gradients are δ⁽²⁾ times their inputs: ∂L/∂w²₁ = ${factor(v.d2, F)} · ${formatNumber(v.a1[0], F)} ≈ ${r(v.pass.dW[1][0][0])}, ` +
        `∂L/∂w²₂ = ${factor(v.d2, F)} · ${formatNumber(v.a1[1], F)} ≈ ${r(v.pass.dW[1][0][1])}, ∂L/∂b² = δ⁽²⁾.`
      );
    default: {
      const j = v.step - 2;
      const w = j === 0 ? v.w2_1 : v.w2_2;
      const u = j + 1;
      const sub = ['₁', '₂'][j];
      return (
        `Step ${v.step} of 3, hidden unit ${u}: δ¹${sub} = w²${sub} · δ⁽²⁾ · σ′(z¹${sub}) = ${factor(w, 3)} · ${factor(v.d2, F)} · ${formatNumber(v.s1[j], F)} ≈ ${r(v.d1[j])}. ` +
        `∂L/∂w¹${sub}₁ = ${factor(v.d1[j], F)} · ${factor(v.x1, 3)} ≈ ${r(v.pass.dW[0][j][0])}, ` +
        `∂L/∂w¹${sub}₂ = ${factor(v.d1[j], F)} · ${factor(v.x2, 3)} ≈ ${r(v.pass.dW[0][j][1])}, ∂L/∂b¹${sub} = δ¹${sub}.`
      );
    }
  }
}
