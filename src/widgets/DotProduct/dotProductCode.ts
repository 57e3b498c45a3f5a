import type { CodeSnippets } from '../shared/CodePanel';
import { pyFloat, pyList, torchTensor } from '../shared/python';
import type { DotProductValues } from './dotProductMath';

const ROUNDED = '# round(..., 6) + 0.0: a sum of decimals carries float noise (0.7999999999999999 for 0.8), and -0.0 reads 0.0';

/** The current dot product as NumPy and PyTorch code, printing the products, wᵀx and z. */
export function dotProductCode(v: DotProductValues): CodeSnippets {
  // The same x and w in both, as NumPy arrays or float32 tensors.
  const vectors = (wrap: (literal: string) => string) => [`x = ${wrap(pyList(v.x))}`, `w = ${wrap(pyList(v.w))}`];
  return {
    numpy: [
      'import numpy as np',
      '',
      ...vectors((literal) => `np.array(${literal})`),
      `b = ${pyFloat(v.b)}`,
      'wx = w @ x  # for 1-D arrays w @ x is the dot product w^T x',
      ROUNDED,
      'print("w * x =", np.round(w * x, 6) + 0.0)',
      'print("w @ x =", round(wx, 6) + 0.0)',
      'print("z =", round(wx + b, 6) + 0.0)',
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      ...vectors(torchTensor),
      `b = ${torchTensor(pyFloat(v.b))}`,
      'wx = torch.dot(w, x)',
      'print("w @ x =", round(wx.item(), 6) + 0.0)',
      'print("z =", round((wx + b).item(), 6) + 0.0)',
    ].join('\n'),
  };
}
