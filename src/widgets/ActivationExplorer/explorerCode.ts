import type { CodeSnippets } from '../shared/CodePanel';
import type { CurveName } from './explorerTex';

const py = (x: number) => String(Number(x.toPrecision(6)));

const numpyLines: Record<CurveName, string[]> = {
  sigmoid: ['s = 1 / (1 + np.exp(-z))', 'ds = s * (1 - s)'],
  tanh: ['t = np.tanh(z)', 'dt = 1 - t**2'],
  relu: ['r = np.maximum(0, z)', 'dr = (z > 0).astype(float)'],
};
const torchLines: Record<CurveName, string[]> = {
  sigmoid: ['s = torch.sigmoid(z)'],
  tanh: ['t = torch.tanh(z)'],
  relu: ['r = torch.relu(z)'],
};
const torchGrad: Record<CurveName, string> = { sigmoid: 's', tanh: 't', relu: 'r' };

/** The switched-on activations and their slopes at z, in NumPy (by formula) and PyTorch (by autograd). */
export function explorerCode(z: number, on: CurveName[]): CodeSnippets {
  const names = on.length ? on : (['sigmoid'] as CurveName[]);
  const torch = names.flatMap((n) => [
    `z = torch.tensor(${py(z)}, requires_grad=True)`,
    ...torchLines[n],
    `${torchGrad[n]}.backward()  # slope in z.grad`,
  ]);
  return {
    numpy: ['import numpy as np', '', `z = ${py(z)}`, ...names.flatMap((n) => numpyLines[n])].join('\n'),
    pytorch: ['import torch', '', ...torch].join('\n'),
  };
}
