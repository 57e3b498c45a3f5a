import type { CodeSnippets } from '../shared/CodePanel';
import type { WeightScale } from './thousandState';

const py = (x: number) => String(Number(x.toPrecision(6)));

/** n random inputs and weights, z = w @ x + b, in NumPy and PyTorch. */
export function thousandCode(n: number, scale: WeightScale, b: number, seed: number, z: number): CodeSnippets {
  const sdNp = scale === 'unit' ? '1.0' : scale === 'xavier' ? `np.sqrt(2 / (${n} + 1))` : `np.sqrt(2 / ${n})`;
  const sdPt = scale === 'unit' ? '1.0' : scale === 'xavier' ? `(2 / (${n} + 1)) ** 0.5` : `(2 / ${n}) ** 0.5`;
  const note = `# z = ${py(z)} here (our generator differs from NumPy's and PyTorch's, so your z will too)`;
  return {
    numpy: [
      'import numpy as np',
      '',
      `rng = np.random.default_rng(${seed})`,
      `n = ${n}`,
      'x = rng.uniform(0, 1, n)',
      `w = rng.normal(0, ${sdNp}, n)`,
      `b = ${py(b)}`,
      'z = w @ x + b  # one dot product, however large n is',
      note,
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `torch.manual_seed(${seed})`,
      `n = ${n}`,
      'x = torch.rand(n)',
      `w = torch.randn(n) * ${sdPt}`,
      `b = ${py(b)}`,
      'z = torch.dot(w, x) + b',
      note,
    ].join('\n'),
  };
}
