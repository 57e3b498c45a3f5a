import { formatNumber } from '../../components/format';
import { defineWidget } from '../shared/defineWidget';
import { params, type SlopeState } from './params';
import { centralDifference, lossAtW1, slopeFunctions } from './slopeMath';
import { exactTex, finiteDifferenceTex } from './slopeTex';
import { slopeCode } from './slopeCode';
import { SlopePlot } from './SlopePlot';

function derive(s: SlopeState) {
  const { f, df } = slopeFunctions[s.fn];
  const fd = centralDifference(f, s.w, s.h);
  const exact = df(s.w);
  return { fw: f(s.w), fPlus: f(s.w + s.h), fMinus: f(s.w - s.h), fd, exact, a: lossAtW1(s.w).a };
}

const f4 = (x: number) => formatNumber(x, 4);

/** Chapter 10: the derivative as the tangent's slope, and the finite difference approaching it. */
export default defineWidget({
  caption: 'Slope',
  description: "The derivative is the slope of the tangent; shrink h and the secant's slope approaches it.",
  className: 'nn-learn',
  params,
  derive,
  equations: (v) => [finiteDifferenceTex(v), exactTex(v)],
  readouts: (v) => [
    { label: `${v.fn === 'loss' ? 'L' : 'f'}(w)`, value: f4(v.fw) },
    { label: 'finite difference', value: f4(v.fd) },
    { label: 'exact derivative', value: f4(v.exact) },
    { label: 'difference', value: f4(v.fd - v.exact) },
  ],
  code: slopeCode,
  announce: (v) => `finite difference ${f4(v.fd)}, exact ${f4(v.exact)}, difference ${f4(v.fd - v.exact)}`,
  View: SlopePlot,
});
