import { formatNumber } from '../../components/format';
import { defineWidget } from '../shared/defineWidget';
import { params } from './params';
import { backwardTex, forwardTex, updateTex } from './backpropTex';
import { backpropCode } from './backpropCode';
import { useBackprop } from './useBackprop';
import { ApplyUpdate, BackwardReadouts } from './BackpropParts';

const f3 = (x: number) => formatNumber(x);
const f4 = (x: number) => formatNumber(x, 4);

/** Chapter 10: the chain rule on the chapter-7 neuron, factor by factor, and one update step. */
export default defineWidget({
  caption: 'Backpropagation by hand',
  description: 'Each factor of the chain rule as a number; apply the update and watch the loss fall.',
  className: 'nn-learn',
  params,
  useDerived: useBackprop,
  equations: (v) => [forwardTex(v), backwardTex(v), updateTex(v)],
  readoutLabel: 'Forward pass',
  readouts: (v) => [
    { label: 'z', value: f3(v.z), color: 'var(--c-z)' },
    { label: 'a', value: f3(v.a), color: 'var(--c-a)' },
    { label: 'L', value: f4(v.L) },
    { label: 'w1', value: f3(v.w1), color: 'var(--c-w)' },
    { label: 'w2', value: f3(v.w2), color: 'var(--c-w)' },
    { label: 'b', value: f3(v.b), color: 'var(--c-b)' },
  ],
  code: backpropCode,
  announce: (v) =>
    v.last
      ? `After update ${v.last.count}: loss ${f4(v.last.before)} → ${f4(v.last.after)}, w1 = ${f3(v.w1)}, w2 = ${f3(v.w2)}, b = ${f3(v.b)}`
      : `∂L/∂w1 = ${f3(v.dLdw1)}, ∂L/∂w2 = ${f3(v.dLdw2)}, ∂L/∂b = ${f3(v.dLdb)}`,
  Aside: BackwardReadouts,
  Actions: ApplyUpdate,
});
