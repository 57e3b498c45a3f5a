import type { CodeSnippets } from '../shared/CodePanel';
import { pyFloat, pyInt } from '../shared/python';
import type { SpreadState } from './params';

/** Φ, the standard normal CDF, from math.erf: the exact shares need no draw. */
const PHI = 'Phi = lambda k: 0.5 * (1 + erf(k / sqrt(2)))  # standard normal CDF';

/**
 * The exact shares, and a draw counted by region, as NumPy and PyTorch. Their generators are not
 * the figure's, so their draws land differently: the snippets print the exact shares (the figure's
 * "exact" column), and their own counts only near the figure's.
 */
export function spreadCode(s: SpreadState): CodeSnippets {
  const setup = [`sigma, N = ${pyFloat(s.sigma)}, ${pyInt(s.count)}`, PHI];
  const exact = [
    'print("P(w < 0) =", Phi(0))',
    'print("P(0 ≤ w ≤ σ) =", Phi(1) - Phi(0))',
    'print("P(w > σ) =", 1 - Phi(1))',
    'print("P(|w| > 3σ) =", 2 * (1 - Phi(3)))',
  ];
  return {
    numpy: [
      'import numpy as np',
      'from math import erf, sqrt',
      '',
      ...setup,
      ...exact,
      "# NumPy's generator is not the figure's: its N draws land near, not exactly, where the figure's do",
      `rng = np.random.default_rng(${pyInt(s.seed)})`,
      'w = rng.normal(0.0, sigma, size=N)',
      'inside = ((w >= 0) & (w <= sigma)).sum()  # about N · 0.3413',
      'beyond = (np.abs(w) > 3 * sigma).sum()  # about N · 0.0027',
    ].join('\n'),
    pytorch: [
      'import torch',
      'from math import erf, sqrt',
      '',
      ...setup,
      ...exact,
      `torch.manual_seed(${pyInt(s.seed)})  # PyTorch's generator is not the figure's: its shares differ a little`,
      'w = torch.normal(0.0, sigma, size=(N,))',
      'print("measured below 0:", (w < 0).float().mean().item())',
      'print("measured in [0, σ]:", ((w >= 0) & (w <= sigma)).float().mean().item())',
      'print("measured above σ:", (w > sigma).float().mean().item())',
      'print("measured beyond ±3σ:", (w.abs() > 3 * sigma).float().mean().item())',
    ].join('\n'),
  };
}
