import type { CodeSnippets } from '../shared/CodePanel';
import type { LayerValues } from './layerTex';

const py = (x: number) => String(Number(x.toPrecision(6)));
const list = (xs: ArrayLike<number>) => `[${Array.from(xs, py).join(', ')}]`;

/** The layer as NumPy and PyTorch code: W @ x + b, one bias per neuron. */
export function layerCode(v: LayerValues): CodeSnippets {
  const W = `[${v.W.map(list).join(', ')}]`;
  const comment = `# z = ${list(v.z)}`;
  return {
    numpy: [
      'import numpy as np',
      '',
      `W = np.array(${W})  # 2 neurons x 3 inputs`,
      `x = np.array(${list(v.x)})`,
      `b = np.array(${list(v.b)})  # one bias per neuron`,
      'z = W @ x + b',
      comment,
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `W = torch.tensor(${W})  # 2 neurons x 3 inputs`,
      `x = torch.tensor(${list(v.x)})`,
      `b = torch.tensor(${list(v.b)})  # one bias per neuron`,
      'z = W @ x + b',
      comment,
    ].join('\n'),
  };
}
