import type { CodeSnippets } from '../shared/CodePanel';
import type { PlaygroundValues } from './playgroundTex';

const py = (x: number) => String(Number(x.toPrecision(6)));
const numpyActivation = { sigmoid: '1 / (1 + np.exp(-z))', relu: 'np.maximum(0, z)', tanh: 'np.tanh(z)' };
const torchActivation = { sigmoid: 'torch.sigmoid(z)', relu: 'torch.relu(z)', tanh: 'torch.tanh(z)' };

/** The one-input neuron, and its curve over x, as NumPy and PyTorch code. */
export function playgroundCode(v: PlaygroundValues): CodeSnippets {
  const comment = `# at x = ${py(v.x)}: z = ${py(v.z)}, a = ${py(v.a)}`;
  return {
    numpy: [
      'import numpy as np',
      '',
      `w, b = ${py(v.w)}, ${py(v.b)}`,
      `x = ${py(v.x)}`,
      'z = w * x + b',
      `a = ${numpyActivation[v.act]}`,
      comment,
      '',
      '# the whole curve over x in [-5, 5]',
      'xs = np.linspace(-5, 5, 201)',
      'z = w * xs + b',
      `curve = ${numpyActivation[v.act]}`,
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `w, b = torch.tensor(${py(v.w)}), torch.tensor(${py(v.b)})`,
      `x = torch.tensor(${py(v.x)})`,
      'z = w * x + b',
      `a = ${torchActivation[v.act]}`,
      comment,
    ].join('\n'),
  };
}
