import { exampleLayer } from '../../core';
import type { CodeSnippets } from '../shared/CodePanel';
import { matrixRows } from '../shared/matrixTex';
import { pyList, pyMatrix, torchTensor } from '../shared/python';
import type { BroadcastValues } from './broadcastMath';

/** The batch through the layer in NumPy and PyTorch: b broadcasts over the rows of X @ W.T. */
export function broadcastCode(v: BroadcastValues): CodeSnippets {
  const data = { X: pyMatrix(matrixRows(v.X)), W: pyMatrix(exampleLayer.W), b: pyList(v.b) };
  const build = (wrap: (literal: string) => string) => [
    `X = ${wrap(data.X)}  # ${v.batch} inputs, one per row`,
    `W = ${wrap(data.W)}  # 2 neurons x 3 inputs`,
    `b = ${wrap(data.b)}`,
    `# X: (${v.batch}, 3), W.T: (3, 2), b: (2,)  ->  Z: (${v.batch}, 2)`,
    'XWt = X @ W.T',
    'Z = XWt + b  # b is added to every row',
    '# rounded: a bias that cancels its sum leaves float noise; + 0.0 turns -0.0 into 0.0',
  ];
  return {
    numpy: ['import numpy as np', '', ...build((l) => `np.array(${l})`), 'print("XWt =", XWt)', 'print("Z =", Z.round(6) + 0.0)', 'print("Z shape =", Z.shape)'].join('\n'),
    pytorch: ['import torch', '', ...build(torchTensor), 'print("XWt =", XWt)', 'print("Z =", Z.round(decimals=6) + 0.0)', 'print("Z shape =", tuple(Z.shape))'].join('\n'),
  };
}
