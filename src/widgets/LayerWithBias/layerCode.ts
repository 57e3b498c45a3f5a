import type { CodeSnippets } from '../shared/CodePanel';
import { pyList, pyMatrix, torchTensor } from '../shared/python';
import type { LayerValues } from './layerMath';

// The figure shows float noise (5.6e-17 where b2 = -0.223 cancels 0.223) as 0; so does the print.
const NOISE = '# rounded: a bias that cancels its sum leaves float noise; + 0.0 turns -0.0 into 0.0';

/** The layer as NumPy and PyTorch code: W @ x + b, one bias per neuron. */
export function layerCode(v: LayerValues): CodeSnippets {
  const data = { W: pyMatrix(v.W), x: pyList(v.x), b: pyList(v.b) };
  const build = (wrap: (literal: string) => string) => [
    `W = ${wrap(data.W)}  # 2 neurons x 3 inputs`,
    `x = ${wrap(data.x)}`,
    `b = ${wrap(data.b)}  # one bias per neuron`,
    'z = W @ x + b',
    NOISE,
  ];
  return {
    numpy: ['import numpy as np', '', ...build((l) => `np.array(${l})`), 'print("z =", z.round(6) + 0.0)'].join('\n'),
    pytorch: ['import torch', '', ...build(torchTensor), 'print("z =", z.round(decimals=6) + 0.0)'].join('\n'),
  };
}
