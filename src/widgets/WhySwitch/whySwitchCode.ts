import type { CodeSnippets } from '../shared/CodePanel';
import type { Matrix } from '../../core';
import type { Between } from './whySwitchMath';

const py = (x: number) => String(Number(x.toPrecision(4)));
const mat = (M: Matrix) => `[[${py(M.data[0])}, ${py(M.data[1])}], [${py(M.data[2])}, ${py(M.data[3])}]]`;

/** The stack, its product matrix and (if on) the activation between layers, in NumPy and PyTorch. */
export function whySwitchCode(layers: Matrix[], x: readonly number[], between: Between): CodeSnippets {
  const ws = layers.map((W, i) => `W${i + 1} = LIB(${mat(W)})`);
  const k = layers.length;
  const product = `P = ${Array.from({ length: k }, (_, i) => `W${k - i}`).join(' @ ')}`;
  const build = (lib: string, f: string) => [
    ...ws.map((line) => line.replace('LIB', lib)),
    `x = ${lib}([${x.map(py).join(', ')}])`,
    'h = x',
    ...Array.from({ length: k }, (_, i) => `h = W${i + 1} @ h${between !== 'none' && i < k - 1 ? `; h = ${f}(h)` : ''}`),
    product,
    `print(h, P @ x)  # ${between === 'none' ? 'equal: the stack is one linear layer' : 'differ: the switch bends the map'}`,
  ];
  const numpy = ['import numpy as np', ''];
  if (between === 'relu') numpy.push('relu = lambda v: np.maximum(0, v)');
  return {
    numpy: [...numpy, ...build('np.array', between === 'relu' ? 'relu' : 'np.tanh')].join('\n'),
    pytorch: ['import torch', '', ...build('torch.tensor', between === 'relu' ? 'torch.relu' : 'torch.tanh')].join('\n'),
  };
}
