import type { CodeSnippets } from '../shared/CodePanel';
import type { InitLabState } from './initLabState';

const py = (x: number) => String(Number(x.toPrecision(6)));

/** The lab's current draw as NumPy and PyTorch (their generators differ, so the numbers will too). */
export function initLabCode(s: InitLabState, variance: number, sigma: number, limit: number): CodeSnippets {
  const fan = s.scheme === 'xavier' ? '(n_in + n_out)' : 'n_in';
  const numpyDraw = s.dist === 'normal'
    ? [`std = np.sqrt(var)  # ${py(sigma)}`, 'W = rng.normal(0.0, std, size=(n_out, n_in))', `samples = rng.normal(0.0, std, size=${s.count})`]
    : [`limit = np.sqrt(6 / ${fan})  # ${py(limit)}`, 'W = rng.uniform(-limit, limit, size=(n_out, n_in))', `samples = rng.uniform(-limit, limit, size=${s.count})`];
  const torchInit = s.scheme === 'xavier'
    ? `torch.nn.init.xavier_${s.dist}_(W)`
    : `torch.nn.init.kaiming_${s.dist}_(W, nonlinearity="relu")`;
  const torchComment = s.dist === 'normal' ? `# std = ${py(sigma)}` : `# bound = ${py(limit)}`;
  return {
    numpy: [
      'import numpy as np',
      '',
      `n_in, n_out = ${s.nIn}, ${s.nOut}`,
      `var = 2 / ${fan}  # ${py(variance)}`,
      `rng = np.random.default_rng(${s.seed})`,
      ...numpyDraw,
      'print(samples.mean(), samples.var(), samples.std())',
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `torch.manual_seed(${s.seed})`,
      `W = torch.empty(${s.nOut}, ${s.nIn})  # n_out × n_in: fan_in = ${s.nIn}, fan_out = ${s.nOut}`,
      `${torchInit}  ${torchComment}`,
      'print(W)',
    ].join('\n'),
  };
}
