import type { CodeSnippets } from '../shared/CodePanel';
import { pyInt } from '../shared/python';
import type { InitLabState } from './params';

/**
 * The lab's formula and one draw as NumPy and PyTorch. Var(w), σ and r are the figure's; the draws
 * are not: NumPy's and PyTorch's generators are not the figure's, so W and the sample statistics differ.
 */
export function initLabCode(s: InitLabState): CodeSnippets {
  const fan = s.scheme === 'xavier' ? '(n_in + n_out)' : 'n_in';
  const numpyDraw = s.dist === 'normal'
    ? ['W = rng.normal(0.0, std, size=(n_out, n_in))', 'samples = rng.normal(0.0, std, size=N)']
    : [`limit = np.sqrt(6 / ${fan})`, 'W = rng.uniform(-limit, limit, size=(n_out, n_in))', 'samples = rng.uniform(-limit, limit, size=N)'];
  const torchInit = s.scheme === 'xavier' ? `torch.nn.init.xavier_${s.dist}_(W)` : `torch.nn.init.kaiming_${s.dist}_(W, nonlinearity="relu")`;
  return {
    numpy: [
      'import numpy as np',
      '',
      `n_in, n_out, N = ${pyInt(s.nIn)}, ${pyInt(s.nOut)}, ${pyInt(s.count)}`,
      `var = 2 / ${fan}`,
      'std = np.sqrt(var)',
      `rng = np.random.default_rng(${pyInt(s.seed)})`,
      "# NumPy's generator is not the figure's: W and the samples' mean and variance differ from its draw",
      ...numpyDraw,
      'print("Var(w) =", var)',
      'print("σ =", std)',
      ...(s.dist === 'uniform' ? ['print("r =", limit)'] : []),
      'print("W.shape =", W.shape)',
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `torch.manual_seed(${pyInt(s.seed)})  # PyTorch's generator is not the figure's: W differs from its draw`,
      `W = torch.empty(${pyInt(s.nOut)}, ${pyInt(s.nIn)})  # n_out × n_in: fan_in = ${pyInt(s.nIn)}, fan_out = ${pyInt(s.nOut)}`,
      torchInit,
      'print(W)',
    ].join('\n'),
  };
}
