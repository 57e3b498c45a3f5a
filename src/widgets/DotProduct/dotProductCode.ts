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
      'print("w * x =", w * x)',
      'print("w @ x =", wx)',
      'print("z =", wx + b)',
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `x = ${torchTensor(x)}`,
      `w = ${torchTensor(w)}`,
      `b = ${torchTensor(pyFloat(v.b))}`,
      'wx = torch.dot(w, x)',
      'print("w @ x =", wx.item())',
      'print("z =", (wx + b).item())',
    ].join('\n'),
  };
}
