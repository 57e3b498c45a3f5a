import { exampleNeuron } from '../../core';
import type { CodeSnippets } from '../shared/CodePanel';
import { pyFloat, pyList, torchTensor } from '../shared/python';
import type { LossCurveState } from './params';

const { x, b } = exampleNeuron;

/** The current neuron and loss as NumPy and PyTorch, printing z, a and L. */
export function lossCurveCode(s: LossCurveState): CodeSnippets {
  const w = pyList([s.w1, s.w2]);
  return {
    numpy: [
      'import numpy as np',
      '',
      `x = np.array(${pyList(x)})`,
      `w = np.array(${w})`,
      `b = ${pyFloat(b)}`,
      `y = ${pyFloat(s.y)}`,
      'z = w @ x + b',
      'a = 1 / (1 + np.exp(-z))',
      s.loss === 'mse' ? 'L = 0.5 * (a - y) ** 2' : 'L = -y * np.log(a) - (1 - y) * np.log(1 - a)',
      'print("z =", z)',
      'print("a =", a)',
      'print("L =", L)',
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `x = ${torchTensor(pyList(x))}`,
      `w = ${torchTensor(w)}`,
      `b = ${pyFloat(b)}`,
      `y = ${torchTensor(pyFloat(s.y))}`,
      'z = w @ x + b',
      'a = torch.sigmoid(z)',
      s.loss === 'mse' ? 'L = 0.5 * (a - y) ** 2' : 'L = torch.nn.functional.binary_cross_entropy_with_logits(z, y)',
      'print("L =", L.item())',
    ].join('\n'),
  };
}
