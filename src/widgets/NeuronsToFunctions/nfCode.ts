import type { CodeSnippets } from '../shared/CodePanel';
import type { HiddenActivation, TargetName } from './nfMath';

const npTarget: Record<TargetName, string> = {
  sine: 'np.sin(x)',
  step: 'np.where(x < 0, 0.0, 1.0)',
  abs: 'np.abs(x) / 3',
  bump: 'np.exp(-2 * x**2)',
};
const torchTarget: Record<TargetName, string> = {
  sine: 'torch.sin(x)',
  step: '(x >= 0).float()',
  abs: 'x.abs() / 3',
  bump: 'torch.exp(-2 * x**2)',
};
const npAct: Record<HiddenActivation, string> = {
  tanh: 'np.tanh',
  relu: 'lambda z: np.maximum(0, z)',
  sigmoid: 'lambda z: 1 / (1 + np.exp(-z))',
};
const torchAct: Record<HiddenActivation, string> = { tanh: 'Tanh', relu: 'ReLU', sigmoid: 'Sigmoid' };

export interface NfCodeValues {
  n: number;
  act: HiddenActivation;
  target: TargetName;
  seed: number;
  steps: number;
  lr: number;
}

/** The widget's network as NumPy (one forward pass, piece by piece) and PyTorch (training) code. */
export function nfCode(v: NfCodeValues): CodeSnippets {
  return {
    numpy: [
      'import numpy as np',
      '',
      `rng = np.random.default_rng(${v.seed})`,
      `N = ${v.n}`,
      'x = np.linspace(-3, 3, 121)',
      `t = ${npTarget[v.target]}`,
      `f = ${npAct[v.act]}`,
      'w = rng.normal(0, np.sqrt(2), N)             # He: Var = 2 / n_in, n_in = 1',
      'b = -w * (-3 + 6 * (np.arange(N) + 0.5) / N)  # bends spread over [-3, 3]',
      'v = rng.normal(0, np.sqrt(2 / N), N)',
      'c = 0.0',
      'pieces = v * f(np.outer(x, w) + b)           # one column per unit',
      'y = pieces.sum(axis=1) + c',
      "print('MSE', np.mean((y - t) ** 2))",
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `torch.manual_seed(${v.seed})`,
      'x = torch.linspace(-3, 3, 121).unsqueeze(1)',
      `t = ${torchTarget[v.target]}`,
      `net = torch.nn.Sequential(torch.nn.Linear(1, ${v.n}), torch.nn.${torchAct[v.act]}(), torch.nn.Linear(${v.n}, 1))`,
      `opt = torch.optim.SGD(net.parameters(), lr=${v.lr})`,
      `for step in range(${Math.max(v.steps, 500)}):`,
      '    loss = 0.5 * ((net(x) - t) ** 2).mean()',
      '    opt.zero_grad(); loss.backward(); opt.step()',
      "print('MSE', ((net(x) - t) ** 2).mean().item())",
    ].join('\n'),
  };
}
