import type { CodeSnippets } from '../shared/CodePanel';
import { pyFloat, pyInt, pyList, torchTensor } from '../shared/python';
import type { ThousandState, WeightScale } from './params';
import type { ThousandValues } from './thousandMath';

/** Up to this n the snippets carry the figure's own numbers; above it they draw their own. */
export const WRITTEN_UP_TO = 16;

/** The weights' variance as the snippets write it, in terms of their variable n. */
const variance = (scale: WeightScale) => (scale === 'unit' ? '1' : scale === 'xavier' ? '2 / (n + 1)' : '2 / n');

/**
 * z = w @ x + b in NumPy and PyTorch: with the figure's inputs and weights written in while they
 * are few, else drawn by the library the same way (its generator is not the figure's, so its z differs).
 */
export function thousandCode(s: ThousandState, v: ThousandValues): CodeSnippets {
  const b = `b = ${pyFloat(s.b)}`;
  if (s.n <= WRITTEN_UP_TO) {
    const x = pyList(v.x);
    const w = pyList(v.w);
    const exact = '# hundredths times thousandths: five decimals hold the exact sum, without float noise';
    return {
      numpy: ['import numpy as np', '', `x = np.array(${x})`, `w = np.array(${w})`, b, 'z = w @ x + b', exact, 'print("wx =", round(w @ x, 5))', 'print("z =", round(z, 5))'].join('\n'),
      pytorch: ['import torch', '', `x = ${torchTensor(x)}`, `w = ${torchTensor(w)}`, b, 'z = torch.dot(w, x) + b', exact, 'print("z =", round(z.item(), 5))'].join('\n'),
    };
  }
  const other = "# The figure's generator is not NumPy's: these draws, and so z, differ from the figure's.";
  return {
    numpy: [
      'import numpy as np',
      '',
      other,
      `rng = np.random.default_rng(${pyInt(s.seed)})`,
      `n = ${pyInt(s.n)}`,
      'x = np.floor(100 * rng.uniform(0, 1, n)) / 100  # in hundredths, like the figure',
      `w = np.round(rng.normal(0, np.sqrt(${variance(s.scale)}), n), 3)  # in thousandths`,
      b,
      'z = w @ x + b  # one dot product, however large n is',
      'print("n =", x.size)',
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      other.replace('NumPy', 'PyTorch'),
      `torch.manual_seed(${pyInt(s.seed)})`,
      `n = ${pyInt(s.n)}`,
      'x = torch.floor(100 * torch.rand(n)) / 100',
      `w = torch.round(torch.randn(n) * (${variance(s.scale)}) ** 0.5, decimals=3)`,
      b,
      'z = torch.dot(w, x) + b',
      'print("n =", x.numel())',
    ].join('\n'),
  };
}
