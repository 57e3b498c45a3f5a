import type { CodeSnippets } from '../shared/CodePanel';
import type { SlopeFunction } from './slopeMath';

const py = (x: number) => String(Number(x.toPrecision(6)));

const numpyF: Record<SlopeFunction, string[]> = {
  loss: ['def f(w1):', '    z = w1 * 2 + (-0.2) * 3 + 0.1', '    a = 1 / (1 + np.exp(-z))', '    return 0.5 * (a - 1) ** 2'],
  cubic: ['def f(w):', '    return w ** 3 / 3 - w'],
};
const torchF: Record<SlopeFunction, string[]> = {
  loss: ['def f(w1):', '    z = w1 * 2 + (-0.2) * 3 + 0.1', '    a = torch.sigmoid(z)', '    return 0.5 * (a - 1) ** 2'],
  cubic: ['def f(w):', '    return w ** 3 / 3 - w'],
};

/** The finite difference in NumPy, and the exact slope from PyTorch's autograd. */
export function slopeCode(s: { w: number; h: number; fn: SlopeFunction }, fd: number, exact: number): CodeSnippets {
  return {
    numpy: [
      'import numpy as np',
      '',
      ...numpyF[s.fn],
      '',
      `w, h = ${py(s.w)}, ${py(s.h)}`,
      'slope = (f(w + h) - f(w - h)) / (2 * h)',
      `# slope = ${py(fd)}`,
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      ...torchF[s.fn],
      '',
      `w = torch.tensor(${py(s.w)}, dtype=torch.float64, requires_grad=True)`,
      'f(w).backward()',
      'slope = w.grad',
      `# slope = ${py(exact)}`,
    ].join('\n'),
  };
}
