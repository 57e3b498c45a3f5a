import { neuronGradient, neuronStep } from '../../core';
import { backpropSchema } from './backpropState';

export interface NeuronParams {
  x1: number;
  x2: number;
  w1: number;
  w2: number;
  b: number;
  y: number;
  eta: number;
}

/** Forward and backward pass of the sigmoid neuron with L = ½(a − y)², from the core. */
export function backprop(s: NeuronParams) {
  const g = neuronGradient([s.w1, s.w2], [s.x1, s.x2], s.b, s.y, 'sigmoid');
  return { z: g.z, a: g.a, L: g.loss, dLda: g.dLda, dadz: g.dadz, dLdw1: g.dLdw[0], dLdw2: g.dLdw[1], dLdb: g.dLdb };
}

const clampTo = (key: 'w1' | 'w2' | 'b', v: number) => Math.min(backpropSchema[key].max, Math.max(backpropSchema[key].min, v));

/**
 * One gradient step w ← w − η ∂L/∂w, b ← b − η ∂L/∂b (kept inside the sliders' range), with the
 * loss before and after it.
 */
export function applyUpdate(s: NeuronParams): { w1: number; w2: number; b: number; before: number; after: number } {
  const next = neuronStep([s.w1, s.w2], [s.x1, s.x2], s.b, s.y, 'sigmoid', s.eta);
  const w1 = clampTo('w1', next.w[0]);
  const w2 = clampTo('w2', next.w[1]);
  const b = clampTo('b', next.b);
  const before = backprop(s).L;
  const after = backprop({ ...s, w1, w2, b }).L;
  return { w1, w2, b, before, after };
}
