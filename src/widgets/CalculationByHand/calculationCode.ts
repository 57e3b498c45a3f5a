import type { CalculationValues } from './calculationTex';
import type { CodeSnippets } from '../shared/CodePanel';

const py = (x: number) => String(Number(x.toPrecision(6)));
const numpyActivation = { sigmoid: '1 / (1 + np.exp(-z))', relu: 'np.maximum(0, z)', tanh: 'np.tanh(z)' };
const torchActivation = { sigmoid: 'torch.sigmoid(z)', relu: 'torch.relu(z)', tanh: 'torch.tanh(z)' };

/** The widget's current neuron as NumPy and PyTorch code. */
export function calculationCode(v: CalculationValues): CodeSnippets {
  const comment = `# z = ${py(v.z)}, a = ${py(v.a)}`;
  return {
    numpy: [
      'import numpy as np',
      '',
      `x = np.array([${py(v.x1)}, ${py(v.x2)}])`,
      `w = np.array([${py(v.w1)}, ${py(v.w2)}])`,
      `b = ${py(v.b)}`,
      'z = w @ x + b',
      `a = ${numpyActivation[v.act]}`,
      comment,
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `x = torch.tensor([${py(v.x1)}, ${py(v.x2)}])`,
      `w = torch.tensor([${py(v.w1)}, ${py(v.w2)}])`,
      `b = torch.tensor(${py(v.b)})`,
      'z = w @ x + b',
      `a = ${torchActivation[v.act]}`,
      comment,
    ].join('\n'),
  };
}
