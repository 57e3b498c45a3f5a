import { formatNumber } from '../../components/format';
import { defineWidget } from '../shared/defineWidget';
import { params } from './params';
import { biasGradientTex, forwardTex, hiddenDeltaTex, outputDeltaTex, weightGradientTex } from './networkTex';
import { networkCode } from './networkCode';
import { useNetwork } from './useNetwork';
import { GradientTable, NetworkActions, NetworkView } from './BackpropNetworkParts';
import './backpropNetwork.css';

const f4 = (x: number) => formatNumber(x, 4);

/** The chain rule through every layer of a 2-2-1 network: deltas, gradients, their check, one step. */
export default defineWidget({
  caption: 'Backpropagation through a network',
  description: 'A forward pass, then the error sent back one unit at a time; every gradient checked by finite differences.',
  className: 'nn-bpn nn-figure--stacked',
  params,
  useDerived: useNetwork,
  controls: ['x1', 'x2', 'w1_11', 'w1_12', 'w1_21', 'w1_22', 'b1_1', 'b1_2', 'w2_1', 'w2_2', 'b2', 'y', 'eta', 'h'],
  equations: (v) => [
    { title: 'Forward pass', tex: forwardTex(v) },
    { title: 'Error of the output unit', tex: outputDeltaTex(v) },
    { title: 'Errors of the hidden units', tex: hiddenDeltaTex(v) },
    { title: 'Weight gradients', tex: weightGradientTex(v) },
    { title: 'Bias gradients', tex: biasGradientTex(v) },
  ],
  readoutLabel: 'Output and loss',
  readouts: (v) => [
    { label: 'a⁽²⁾', value: f4(v.a2), color: 'var(--c-a)' },
    { label: 'L', value: f4(v.pass.loss) },
  ],
  code: networkCode,
  announce: (v) =>
    v.last
      ? `After update ${v.last.count}: output ${f4(v.last.before.a)} → ${f4(v.last.after.a)}, loss ${f4(v.last.before.L)} → ${f4(v.last.after.L)}`
      : `Output ${f4(v.a2)}, loss ${f4(v.pass.loss)}, output error ${f4(v.d2)}`,
  View: NetworkView,
  Aside: GradientTable,
  Actions: NetworkActions,
});
