import type { CodeSnippets } from '../shared/CodePanel';

const py = (x: number) => String(Number(x.toPrecision(6)));

/** A layer of nOut neurons on nIn inputs in NumPy and PyTorch, with the widget's x and b. */
export function layerCode(nIn: number, nOut: number, x: ArrayLike<number>, b: number, seed: number): CodeSnippets {
  const xs = Array.from(x, py).join(', ');
  return {
    numpy: [
      'import numpy as np',
      '',
      `rng = np.random.default_rng(${seed})`,
      `n_in, n_out = ${nIn}, ${nOut}`,
      'W = rng.normal(0, np.sqrt(2 / (n_in + n_out)), size=(n_out, n_in))  # Xavier',
      `b = np.full(n_out, ${py(b)})`,
      `x = np.array([${xs}])`,
      'z = W @ x + b',
      `print(W.shape, x.shape, z.shape)  # (${nOut}, ${nIn}) (${nIn},) (${nOut},)`,
      `# parameters: ${nOut} * ${nIn} + ${nOut} = ${nOut * nIn + nOut}`,
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `torch.manual_seed(${seed})`,
      `layer = torch.nn.Linear(${nIn}, ${nOut})  # weight: (${nOut}, ${nIn}), bias: (${nOut},)`,
      'torch.nn.init.xavier_normal_(layer.weight)',
      `torch.nn.init.constant_(layer.bias, ${py(b)})`,
      `x = torch.tensor([${xs}])`,
      'z = layer(x)  # = layer.weight @ x + layer.bias',
      `print(sum(p.numel() for p in layer.parameters()))  # ${nOut * nIn + nOut}`,
    ].join('\n'),
  };
}
