import { neuronGradient, neuronStep, sigmoid } from '../../core';
import { params, type BackpropState } from './params';

/** Forward and backward pass of the sigmoid neuron with L = ½(a − y)², from the core. */
export function backprop(s: BackpropState) {
  const g = neuronGradient([s.w1, s.w2], [s.x1, s.x2], s.b, s.y, 'sigmoid');
  return { z: g.z, a: g.a, oneMinusA: sigmoid(-g.z), L: g.loss, dLda: g.dLda, dadz: g.dadz, dLdw1: g.dLdw[0], dLdw2: g.dLdw[1], dLdb: g.dLdb };
}
export type BackpropValues = BackpropState & ReturnType<typeof backprop>;

const clampTo = (key: 'w1' | 'w2' | 'b', v: number) => Math.min(params[key].max, Math.max(params[key].min, v));

/**
 * One gradient step w ← w − η ∂L/∂w, b ← b − η ∂L/∂b (kept inside the sliders' range), with the
 * loss before and after it.
 */
export function applyUpdate(s: BackpropState): { w1: number; w2: number; b: number; before: number; after: number } {
  const next = neuronStep([s.w1, s.w2], [s.x1, s.x2], s.b, s.y, 'sigmoid', s.eta);
  const w1 = clampTo('w1', next.w[0]);
  const w2 = clampTo('w2', next.w[1]);
  const b = clampTo('b', next.b);
  return { w1, w2, b, before: backprop(s).L, after: backprop({ ...s, w1, w2, b }).L };
}
