import type { CodeSnippets } from '../shared/CodePanel';
import type { SpreadState } from './spreadState';

const py = (x: number) => String(Number(x.toPrecision(6)));

/** The count as NumPy and PyTorch code. */
export function spreadCode(s: SpreadState): CodeSnippets {
  const counts = [
    'print("below 0:   ", (w < 0).mean())',
    `print("in [0, σ]:  ", ((w >= 0) & (w <= ${py(s.sigma)})).mean())`,
    `print("above σ:    ", (w > ${py(s.sigma)}).mean())`,
    `print("beyond ±3σ:", (abs(w) > ${py(3 * s.sigma)}).mean())`,
  ];
  return {
    numpy: ['import numpy as np', '', `rng = np.random.default_rng(${s.seed})`, `w = rng.normal(0.0, ${py(s.sigma)}, size=${s.count})`, ...counts].join('\n'),
    pytorch: [
      'import torch',
      '',
      `torch.manual_seed(${s.seed})`,
      `w = torch.normal(0.0, ${py(s.sigma)}, size=(${s.count},))`,
      ...counts.map((line) => line.replace(').mean())', ').float().mean().item())')),
    ].join('\n'),
  };
}
