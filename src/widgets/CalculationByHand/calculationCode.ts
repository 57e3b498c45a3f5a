import type { CalculationValues } from './calculationTex';
import type { CodeSnippets } from '../shared/CodePanel';
import { numpyActivation, torchActivation } from '../shared/activationNames';
import { pyFloat, pyList, torchTensor } from '../shared/python';

/** The widget's current neuron as NumPy and PyTorch code, printing z and a. */
export function calculationCode(v: CalculationValues): CodeSnippets {
  const x = pyList([v.x1, v.x2]);
  const w = pyList([v.w1, v.w2]);
  const tail = ['z = w @ x + b', `a = ${numpyActivation[v.act]}`, 'print("z =", z)', 'print("a =", a)'];
  return {
    numpy: ['import numpy as np', '', `x = np.array(${x})`, `w = np.array(${w})`, `b = ${pyFloat(v.b)}`, ...tail].join('\n'),
    pytorch: [
      'import torch',
      '',
      `x = ${torchTensor(x)}`,
      `w = ${torchTensor(w)}`,
      `b = ${pyFloat(v.b)}`,
      'z = w @ x + b',
      `a = ${torchActivation[v.act]}`,
      'print("z =", z.item())',
      'print("a =", a.item())',
    ].join('\n'),
  };
}
