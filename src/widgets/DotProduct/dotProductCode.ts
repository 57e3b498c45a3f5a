import type { CodeSnippets } from '../shared/CodePanel';
import { pyFloat, pyList, torchTensor } from '../shared/python';
import type { DotProductValues } from './dotProductMath';

/** The current dot product as NumPy and PyTorch code, printing the products, wᵀx and z. */
export function dotProductCode(v: DotProductValues): CodeSnippets {
  const x = pyList(v.x);
  const w = pyList(v.w);
  return {
    numpy: [
      'import numpy as np',
      '',
      `x = np.array(${x})`,
      `w = np.array(${w})`,
      `b = ${pyFloat(v.b)}`,
      'wx = w @ x  # for 1-D arrays w @ x is the dot product w^T x',
      '# round(..., 6) + 0.0: a sum of decimals carries float noise (0.7999999999999999 for 0.8), and -0.0 reads 0.0',
      'print("w * x =", np.round(w * x, 6) + 0.0)',
      'print("w @ x =", round(wx, 6) + 0.0)',
      'print("z =", round(wx + b, 6) + 0.0)',
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `x = ${torchTensor(x)}`,
      `w = ${torchTensor(w)}`,
      `b = ${torchTensor(pyFloat(v.b))}`,
      'wx = torch.dot(w, x)',
      'print("w @ x =", round(wx.item(), 6) + 0.0)',
      'print("z =", round((wx + b).item(), 6) + 0.0)',
    ].join('\n'),
  };
}
