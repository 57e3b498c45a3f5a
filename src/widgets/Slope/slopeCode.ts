import { exampleNeuron } from '../../core';
import type { CodeSnippets } from '../shared/CodePanel';
import { pyFloat } from '../shared/python';
import type { SlopeFunction, SlopeState } from './params';

const { x, w, b } = exampleNeuron;
const z = `w1 * ${pyFloat(x[0])} + ${pyFloat(w[1])} * ${pyFloat(x[1])} + ${pyFloat(b)}`;
const definitions = (sigmoid: string): Record<SlopeFunction, string[]> => ({
  loss: ['def f(w1):', `    z = ${z}`, `    a = ${sigmoid}`, '    return 0.5 * (a - 1) ** 2'],
  cubic: ['def f(w):', '    return w ** 3 / 3 - w'],
});

/** The finite difference in NumPy, and the exact slope from PyTorch's autograd. */
export function slopeCode(s: SlopeState): CodeSnippets {
  return {
    numpy: [
      'import numpy as np',
      '',
      ...definitions('1 / (1 + np.exp(-z))')[s.fn],
      '',
      `w, h = ${pyFloat(s.w)}, ${pyFloat(s.h, 12)}`,
      'slope = (f(w + h) - f(w - h)) / (2 * h)',
      'print("slope =", slope)',
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      ...definitions('torch.sigmoid(z)')[s.fn],
      '',
      `w = torch.tensor(${pyFloat(s.w)}, dtype=torch.float32, requires_grad=True)`,
      'f(w).backward()',
      'print("slope =", w.grad.item())',
    ].join('\n'),
  };
}
