import type { CodeSnippets } from '../shared/CodePanel';
import { pyFloat, pyList, torchTensor } from '../shared/python';
import type { BackpropState } from './params';

/** One backpropagation step by hand in NumPy, and the same step with PyTorch autograd. */
export function backpropCode(s: BackpropState): CodeSnippets {
  const x = pyList([s.x1, s.x2]);
  const w = pyList([s.w1, s.w2]);
  return {
    numpy: [
      'import numpy as np',
      '',
      `x = np.array(${x})`,
      `w = np.array(${w})`,
      `b, y, eta = ${pyFloat(s.b)}, ${pyFloat(s.y)}, ${pyFloat(s.eta)}`,
      'z = w @ x + b',
      'a = 1 / (1 + np.exp(-z))',
      'one_minus_a = 1 / (1 + np.exp(z))  # 1 - a, with its digits when a is near 1',
      // a − y written so that it keeps its digits near y = 1 too.
      s.y >= 0.5 ? 'dL_da = (1 - y) - one_minus_a  # = a - y' : 'dL_da = a - y',
      'L = 0.5 * dL_da ** 2',
      'da_dz = a * one_minus_a',
      'dL_dw = dL_da * da_dz * x',
      'dL_db = dL_da * da_dz',
      'print("z =", z)',
      'print("a =", a)',
      'print("L =", L)',
      'print("dL/da =", dL_da)',
      'print("da/dz =", da_dz)',
      'print("dL/dw =", dL_dw)',
      'print("dL/db =", dL_db)',
      'print("w after =", w - eta * dL_dw)',
      'print("b after =", b - eta * dL_db)',
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `x = ${torchTensor(x)}`,
      `w = ${torchTensor(w)}.requires_grad_()`,
      `b = ${torchTensor(pyFloat(s.b))}.requires_grad_()`,
      `y, eta = ${pyFloat(s.y)}, ${pyFloat(s.eta)}`,
      'a = torch.sigmoid(w @ x + b)',
      'L = 0.5 * (a - y) ** 2',
      'L.backward()              # fills w.grad and b.grad',
      'with torch.no_grad():',
      '    w -= eta * w.grad',
      '    b -= eta * b.grad',
      'print("w after =", w.tolist())',
      'print("b after =", b.item())',
    ].join('\n'),
  };
}
