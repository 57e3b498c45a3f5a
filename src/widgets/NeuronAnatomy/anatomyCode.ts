import type { CodeSnippets } from '../shared/CodePanel';
import { numpyActivation, torchActivation } from '../shared/activationNames';
import { pyFloat, pyList, pyMatrix, torchTensor } from '../shared/python';
import type { AnatomyValues } from './anatomyTex';

/** The three-input neuron as NumPy and PyTorch code, with the current numbers, printing z and a. */
export function anatomyCode(v: AnatomyValues): CodeSnippets {
  const x = pyList(v.x);
  return {
    numpy: [
      'import numpy as np',
      '',
      `x = np.array(${x})  # inputs x1, x2, x3`,
      `w = np.array(${pyList(v.w)})  # weights w1, w2, w3`,
      `b = ${pyFloat(v.b)}  # bias`,
      'z = w @ x + b  # w1*x1 + w2*x2 + w3*x3 + b',
      `a = ${numpyActivation[v.act]}`,
      '# round(..., 6) + 0.0: a sum of decimals carries float noise (0.7999999999999999 for 0.8), and -0.0 reads 0.0',
      'print("z =", round(z, 6) + 0.0)',
      'print("a =", a)',
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `x = ${torchTensor(x)}`,
      'neuron = torch.nn.Linear(3, 1)',
      'with torch.no_grad():',
      `    neuron.weight[:] = ${torchTensor(pyMatrix([v.w]))}`,
      `    neuron.bias[:] = ${torchTensor(`[${pyFloat(v.b)}]`)}`,
      'z = neuron(x)',
      `a = ${torchActivation[v.act]}`,
      'print("z =", round(z.item(), 6) + 0.0)',
      'print("a =", a.item())',
    ].join('\n'),
  };
}
