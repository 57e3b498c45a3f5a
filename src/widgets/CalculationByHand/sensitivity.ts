import { neuron, type ActivationName } from '../../core';
import { formatNumber } from '../../components/format';

interface NeuronInputs {
  x1: number;
  x2: number;
  w1: number;
  w2: number;
  b: number;
  act: ActivationName;
}

/** The class a thresholded neuron predicts: above f(0) (0.5 for sigmoid) is class 1. */
export function classOf(act: ActivationName, a: number): { label: '0' | '1'; reason: string } {
  const threshold = act === 'sigmoid' ? 0.5 : 0;
  const above = a > threshold;
  const t = formatNumber(threshold);
  return {
    label: above ? '1' : '0',
    reason: above
      ? `a = ${formatNumber(a)} is above ${t}, so the neuron says class 1.`
      : `a = ${formatNumber(a)} is not above ${t}, so the neuron says class 0.`,
  };
}

const STEPS = 81;

/** a as each weight sweeps −2…2 with everything else held where the reader left it. */
export function sensitivityCurves(s: NeuronInputs) {
  const ws = new Float64Array(STEPS);
  const a1 = new Float64Array(STEPS);
  const a2 = new Float64Array(STEPS);
  for (let i = 0; i < STEPS; i++) {
    const w = -2 + (4 * i) / (STEPS - 1);
    ws[i] = w;
    a1[i] = neuron([w, s.w2], [s.x1, s.x2], s.b, s.act).a;
    a2[i] = neuron([s.w1, w], [s.x1, s.x2], s.b, s.act).a;
  }
  let hi = 1;
  for (let i = 0; i < STEPS; i++) hi = Math.max(hi, a1[i], a2[i]);
  const yDomain: [number, number] = s.act === 'sigmoid' ? [0, 1] : s.act === 'tanh' ? [-1, 1] : [0, Math.min(hi, 30)];
  const f = (x: number) => formatNumber(x);
  const description =
    `Solid line: a as w1 runs from −2 to 2 with everything else fixed, from ${f(a1[0])} to ${f(a1[STEPS - 1])}. ` +
    `Dashed line: a as w2 runs from −2 to 2, from ${f(a2[0])} to ${f(a2[STEPS - 1])}. ` +
    `The steeper a line, the more sensitive the output is to that weight; the line for a weight is steeper when its input is larger.`;
  return { ws, a1, a2, yDomain, description };
}
