import type { CodeSnippets } from '../shared/CodePanel';
import { pyInt } from '../shared/python';
import { numpyActivation, torchModule } from '../shared/activationNames';
import type { DeepInitState } from './params';

const numpyStd = {
  small: '0.01  # too small',
  large: '1.0  # too large',
  xavier: 'np.sqrt(2 / (width + width))  # Xavier: 2 / (n_in + n_out)',
  he: 'np.sqrt(2 / width)  # He: 2 / n_in',
} as const;

const torchInit = {
  small: 'torch.nn.init.normal_(lin.weight, std=0.01)',
  large: 'torch.nn.init.normal_(lin.weight, std=1.0)',
  xavier: 'torch.nn.init.xavier_normal_(lin.weight)',
  he: "torch.nn.init.kaiming_normal_(lin.weight, nonlinearity='relu')",
} as const;

/**
 * The widget's deep stack as NumPy and PyTorch code. Var(w) and the gain per layer are the
 * figure's; the per-layer variances are those of the libraries' own draws, which are not the
 * figure's, so they come out near its numbers but not equal: the NumPy snippet keeps them in a
 * list and prints only what the figure's draw does not decide.
 */
export function deepInitCode(o: DeepInitState): CodeSnippets {
  const relu = o.act === 'relu';
  return {
    numpy: [
      'import numpy as np',
      '',
      `L, width, batch = ${pyInt(o.layers)}, ${pyInt(o.width)}, ${pyInt(o.batch)}`,
      `std = ${numpyStd[o.init]}`,
      'print("Var(w) =", std ** 2)',
      `print("gain per layer =", width * std ** 2${relu ? ' * 0.5)  # ReLU zeroes half the values' : ')'}`,
      "# NumPy's generator is not the figure's: var_a[0] and var_a[-1] come out near its Var(a), not equal",
      `rng = np.random.default_rng(${pyInt(o.seed)})`,
      'a = rng.standard_normal((batch, width))  # inputs with variance 1',
      'var_a = []',
      'for layer in range(L):',
      '    W = rng.normal(0, std, (width, width))',
      '    z = a @ W.T',
      `    a = ${numpyActivation[o.act]}`,
      '    var_a.append(a.var())',
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `torch.manual_seed(${pyInt(o.seed)})  # PyTorch's generator is not the figure's: its Var(a) differ a little`,
      `L, width, batch = ${pyInt(o.layers)}, ${pyInt(o.width)}, ${pyInt(o.batch)}`,
      'layers = []',
      'for _ in range(L):',
      '    lin = torch.nn.Linear(width, width, bias=False)',
      `    ${torchInit[o.init]}`,
      `    layers += [lin, torch.${torchModule[o.act]}]`,
      'a = torch.randn(batch, width)',
      'for layer in layers:',
      '    a = layer(a)',
      "    if not isinstance(layer, torch.nn.Linear): print(f'Var(a) = {a.var().item():.3g}')",
    ].join('\n'),
  };
}
