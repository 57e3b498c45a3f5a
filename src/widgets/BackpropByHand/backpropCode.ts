import type { CodeSnippets } from '../shared/CodePanel';

const py = (x: number) => String(Number(x.toPrecision(6)));

/** One backpropagation step by hand in NumPy, and the same step with PyTorch autograd. */
export function backpropCode(s: { x1: number; x2: number; w1: number; w2: number; b: number; y: number; eta: number }): CodeSnippets {
  return {
    numpy: [
      'import numpy as np',
      '',
      `x = np.array([${py(s.x1)}, ${py(s.x2)}])`,
      `w = np.array([${py(s.w1)}, ${py(s.w2)}])`,
      `b, y, eta = ${py(s.b)}, ${py(s.y)}, ${py(s.eta)}`,
      'z = w @ x + b',
      'a = 1 / (1 + np.exp(-z))',
      'L = 0.5 * (a - y) ** 2',
      'dL_da = a - y',
      'da_dz = a * (1 - a)',
      'dL_dw = dL_da * da_dz * x',
      'dL_db = dL_da * da_dz',
      'w = w - eta * dL_dw',
      'b = b - eta * dL_db',
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `x = torch.tensor([${py(s.x1)}, ${py(s.x2)}])`,
      `w = torch.tensor([${py(s.w1)}, ${py(s.w2)}], requires_grad=True)`,
      `b = torch.tensor(${py(s.b)}, requires_grad=True)`,
      `y, eta = ${py(s.y)}, ${py(s.eta)}`,
      'a = torch.sigmoid(w @ x + b)',
      'L = 0.5 * (a - y) ** 2',
      'L.backward()              # fills w.grad and b.grad',
      'with torch.no_grad():',
      '    w -= eta * w.grad',
      '    b -= eta * b.grad',
    ].join('\n'),
  };
}
