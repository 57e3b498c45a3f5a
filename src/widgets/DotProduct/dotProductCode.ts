import type { CodeSnippets } from '../shared/CodePanel';
import type { DotProductValues } from './dotProductState';

const py = (x: number) => String(Number(x.toPrecision(6)));
const list = (xs: readonly number[]) => xs.map(py).join(', ');

/** The current dot product as NumPy and PyTorch code. */
export function dotProductCode(v: DotProductValues): CodeSnippets {
  const comment = `# w.T @ x = ${py(v.wx)}, z = ${py(v.z)}`;
  return {
    numpy: [
      'import numpy as np',
      '',
      `x = np.array([${list(v.x)}])`,
      `w = np.array([${list(v.w)}])`,
      `b = ${py(v.b)}`,
      'z = w @ x + b  # for 1-D arrays w @ x is the dot product w^T x',
      comment,
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `x = torch.tensor([${list(v.x)}])`,
      `w = torch.tensor([${list(v.w)}])`,
      `b = torch.tensor(${py(v.b)})`,
      'z = torch.dot(w, x) + b',
      comment,
    ].join('\n'),
  };
}
