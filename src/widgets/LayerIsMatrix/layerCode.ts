import type { CodeSnippets } from '../shared/CodePanel';
import { matrixRows } from '../shared/matrixTex';
import { pyFloat, pyList, torchTensor } from '../shared/python';
import type { LayerValues } from './layerMath';

/**
 * A layer of nOut neurons on nIn inputs in NumPy and PyTorch, with the figure's own weights (its
 * Xavier draws, rounded to 3 decimals), x and b: the prints are the figure's numbers.
 */
export function layerCode(v: LayerValues): CodeSnippets {
  const rows = matrixRows(v.W).map((row) => `    ${pyList(row)},`);
  const W = [`[  # ${v.nOut} neurons x ${v.nIn} inputs: row j holds neuron j's weights`, ...rows, ']'];
  const x = pyList(v.x);
  return {
    numpy: [
      'import numpy as np',
      '',
      `W = np.array(${W.join('\n')})`,
      `x = np.array(${x})`,
      `b = np.full(${v.nOut}, ${pyFloat(v.b)})  # every neuron's bias`,
      'z = W @ x + b',
      'print("W shape =", W.shape)',
      'print("x shape =", x.shape)',
      'print("z shape =", z.shape)',
      '# rounded: a bias that cancels its sum leaves float noise; + 0.0 turns -0.0 into 0.0',
      'print("z =", z.round(6) + 0.0)',
      'print("parameters =", W.size + b.size)',
    ].join('\n'),
    pytorch: [
      'import torch',
      'from torch import nn',
      '',
      `layer = nn.Linear(${v.nIn}, ${v.nOut})  # weight: (${v.nOut}, ${v.nIn}), bias: (${v.nOut},)`,
      `W = ${W.join('\n')}`,
      'with torch.no_grad():',
      `    layer.weight.copy_(${torchTensor('W')})`,
      `    layer.bias.fill_(${pyFloat(v.b)})`,
      `x = ${torchTensor(x)}`,
      'z = layer(x)  # = layer.weight @ x + layer.bias',
      'print("z =", z.detach().round(decimals=6) + 0.0)',
      'print("parameters =", sum(p.numel() for p in layer.parameters()))',
    ].join('\n'),
  };
}
