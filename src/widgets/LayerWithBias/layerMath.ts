import { exampleLayer, matrix, matVec } from '../../core';
import type { LayerState } from './params';

const W = matrix(2, 3, exampleLayer.W.flat());

/** The example layer on the reader's input: Wx, one weighted sum per neuron, then z = Wx + b. */
export function layerValues(s: LayerState) {
  const x = [s.x1, s.x2, s.x3];
  const b = [s.b1, s.b2];
  const wx = matVec(W, x);
  const z = wx.map((v, i) => v + b[i]);
  return { W: exampleLayer.W, x, b, wx, z };
}

export type LayerValues = ReturnType<typeof layerValues>;
