import type { CodeSnippets } from '../shared/CodePanel';
import type { AnatomyValues } from './anatomyTex';

const py = (x: number) => String(Number(x.toPrecision(6)));
const list = (xs: readonly number[]) => xs.map(py).join(', ');
const numpyActivation = { sigmoid: '1 / (1 + np.exp(-z))', relu: 'np.maximum(0, z)', tanh: 'np.tanh(z)' };
const torchActivation = { sigmoid: 'torch.sigmoid(z)', relu: 'torch.relu(z)', tanh: 'torch.tanh(z)' };

/** The three-input neuron as NumPy and PyTorch code, with the current numbers. */
export function anatomyCode(v: AnatomyValues): CodeSnippets {
  const comment = `# z = ${py(v.z)}, a = ${py(v.a)}`;
  return {
    numpy: [
      'import numpy as np',
      '',
      `x = np.array([${list(v.x)}])   # inputs x1, x2, x3`,
      `w = np.array([${list(v.w)}])   # weights w1, w2, w3`,
      `b = ${py(v.b)}                     # bias`,
      'z = w @ x + b        # w1*x1 + w2*x2 + w3*x3 + b',
      `a = ${numpyActivation[v.act]}`,
      comment,
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `x = torch.tensor([${list(v.x)}])`,
      'neuron = torch.nn.Linear(3, 1)',
      'with torch.no_grad():',
      `    neuron.weight[:] = torch.tensor([[${list(v.w)}]])`,
      `    neuron.bias[:] = torch.tensor([${py(v.b)}])`,
      'z = neuron(x)',
      `a = ${torchActivation[v.act]}`,
      comment,
    ].join('\n'),
  };
}
