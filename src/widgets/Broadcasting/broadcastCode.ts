import type { CodeSnippets } from '../shared/CodePanel';
import { exampleLayer } from '../../core';
import { rowsOf, type BroadcastResult } from './broadcastMath';

const py = (x: number) => String(Number(x.toPrecision(6)));
const list = (xs: ArrayLike<number>) => `[${Array.from(xs, py).join(', ')}]`;
const nested = (rows: readonly (readonly number[])[]) => `[${rows.map(list).join(', ')}]`;

/** The batch through the layer in NumPy and PyTorch: b broadcasts over the rows of X @ W.T. */
export function broadcastCode(r: BroadcastResult, b: readonly number[]): CodeSnippets {
  const X = nested(rowsOf(r.X));
  const W = nested(exampleLayer.W);
  const tail = [
    `# X: (${r.X.rows}, 3), W.T: (3, 2), b: (2,)  ->  Z: (${r.Z.rows}, 2)`,
    'Z = X @ W.T + b  # b is added to every row',
    `# Z = ${nested(rowsOf(r.Z))}`,
  ];
  return {
    numpy: ['import numpy as np', '', `X = np.array(${X})`, `W = np.array(${W})`, `b = np.array(${list(b)})`, ...tail].join('\n'),
    pytorch: ['import torch', '', `X = torch.tensor(${X})`, `W = torch.tensor(${W})`, `b = torch.tensor(${list(b)})`, ...tail].join('\n'),
  };
}
