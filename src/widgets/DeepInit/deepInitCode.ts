import type { CodeSnippets } from '../shared/CodePanel';
import type { DeepInitOptions } from './deepInitMath';

const numpyStd = {
  small: '0.01                       # too small',
  large: '1.0                        # too large',
  xavier: 'np.sqrt(2 / (width + width))  # Xavier: 2 / (n_in + n_out)',
  he: 'np.sqrt(2 / width)          # He: 2 / n_in',
} as const;

const torchInit = {
  small: 'torch.nn.init.normal_(lin.weight, std=0.01)',
  large: 'torch.nn.init.normal_(lin.weight, std=1.0)',
  xavier: 'torch.nn.init.xavier_normal_(lin.weight)',
  he: "torch.nn.init.kaiming_normal_(lin.weight, nonlinearity='relu')",
} as const;

/** The widget's deep stack as NumPy and PyTorch code: forward pass, variance per layer. */
export function deepInitCode(o: DeepInitOptions): CodeSnippets {
  const f = o.act === 'tanh' ? 'np.tanh(a @ W.T)' : 'np.maximum(0, a @ W.T)';
  return {
    numpy: [
      'import numpy as np',
      '',
      `rng = np.random.default_rng(${o.seed})`,
      `L, width, batch = ${o.layers}, ${o.width}, ${o.batch}`,
      `std = ${numpyStd[o.init]}`,
      'a = rng.standard_normal((batch, width))   # inputs with variance 1',
      'for layer in range(1, L + 1):',
      '    W = rng.normal(0, std, (width, width))',
      `    a = ${f}`,
      "    print(f'layer {layer}: Var(a) = {a.var():.3g}')",
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `torch.manual_seed(${o.seed})`,
      `L, width, batch = ${o.layers}, ${o.width}, ${o.batch}`,
      'layers = []',
      'for _ in range(L):',
      '    lin = torch.nn.Linear(width, width, bias=False)',
      `    ${torchInit[o.init]}`,
      `    layers += [lin, torch.nn.${o.act === 'tanh' ? 'Tanh' : 'ReLU'}()]`,
      'a = torch.randn(batch, width)',
      'for layer in layers:',
      '    a = layer(a)',
      "    if not isinstance(layer, torch.nn.Linear): print(f'Var(a) = {a.var().item():.3g}')",
    ].join('\n'),
  };
}
