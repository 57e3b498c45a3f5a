import type { CodeSnippets } from '../shared/CodePanel';
import type { LossKind } from './lossMath';

const py = (x: number) => String(Number(x.toPrecision(6)));

/** The current neuron and loss as NumPy and PyTorch. */
export function lossCurveCode(s: { w1: number; w2: number; y: number; loss: LossKind }, L: number): CodeSnippets {
  const numpyLoss = s.loss === 'mse' ? 'L = 0.5 * (a - y) ** 2' : 'L = -y * np.log(a) - (1 - y) * np.log(1 - a)';
  const torchLoss =
    s.loss === 'mse'
      ? 'L = 0.5 * (a - y) ** 2'
      : 'L = torch.nn.functional.binary_cross_entropy_with_logits(z, y)';
  return {
    numpy: [
      'import numpy as np',
      '',
      'x = np.array([2.0, 3.0])',
      `w = np.array([${py(s.w1)}, ${py(s.w2)}])`,
      'b = 0.1',
      `y = ${py(s.y)}`,
      'z = w @ x + b',
      'a = 1 / (1 + np.exp(-z))',
      numpyLoss,
      `# L = ${py(L)}`,
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      'x = torch.tensor([2.0, 3.0])',
      `w = torch.tensor([${py(s.w1)}, ${py(s.w2)}])`,
      'b = torch.tensor(0.1)',
      `y = torch.tensor(${py(s.y)})`,
      'z = w @ x + b',
      'a = torch.sigmoid(z)',
      torchLoss,
      `# L = ${py(L)}`,
    ].join('\n'),
  };
}
