import type { CodeSnippets } from '../shared/CodePanel';
import { activationLabel, numpyActivation, torchActivation } from '../shared/activationNames';
import { matrixRows } from '../shared/matrixTex';
import { pyList, pyMatrix, torchTensor } from '../shared/python';
import type { WhySwitchValues } from './whySwitchMath';

/** W_k @ f(… f(W1 @ x)), or W_k @ (… (W1 @ x)) without a switch. */
function nested(k: number, f: string | null): string {
  let inner = 'W1 @ x';
  for (let i = 2; i <= k; i++) inner = `W${i} @ ${f ? `${f}(${inner})` : `(${inner})`}`;
  return inner;
}

/**
 * The stack, its product matrix and (if on) the activation between layers, in NumPy and PyTorch,
 * printing the figure's three readouts. The weights are the figure's own (it rounds them to 3
 * decimals), so the prints agree with it.
 */
export function whySwitchCode(v: WhySwitchValues): CodeSnippets {
  const k = v.layers.length;
  const build = (lib: 'numpy' | 'torch') => {
    const wrap = lib === 'numpy' ? (l: string) => `np.array(${l})` : torchTensor;
    const lines = [
      ...v.layers.map((W, i) => `W${i + 1} = ${wrap(pyMatrix(matrixRows(W)))}`),
      `x = ${wrap(pyList(v.x))}`,
      '',
      `h = ${nested(k, null)}  # the stack, layer by layer`,
      `P = ${Array.from({ length: k }, (_, i) => `W${k - i}`).join(' @ ')}  # one matrix`,
      '# + 0.0 turns -0.0 (0 times a negative weight, at x = 0) into 0.0',
      'print("stack of layers =", h + 0.0)',
      'print("one layer P x =", P @ x + 0.0)  # equal: the stack is one linear layer',
    ];
    if (v.between === 'none') return lines;
    const f = lib === 'numpy' ? numpyActivation[v.between] : torchActivation[v.between];
    return [
      ...lines,
      '',
      'def f(z):',
      `    return ${f}`,
      '',
      `a = ${nested(k, 'f')}  # f between the layers`,
      `print("with ${activationLabel[v.between]} between =", a + 0.0)  # ${k === 1 ? 'one layer has no gap for a switch' : 'the switch bends the map'}`,
    ];
  };
  return {
    numpy: ['import numpy as np', '', ...build('numpy')].join('\n'),
    pytorch: ['import torch', '', ...build('torch')].join('\n'),
  };
}
