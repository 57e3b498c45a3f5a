import type { CodeSnippets } from '../shared/CodePanel';

const py = (x: number) => String(Number(x.toPrecision(6)));

/** The current run as NumPy and PyTorch loops. */
export function descentCode(s: { eta: number; w1s: number; w2s: number }, steps: number, w1: number, w2: number, diverged: boolean): CodeSnippets {
  const result = diverged ? '# diverged: the loss grew past 1000' : `# after ${steps} steps: w = (${py(w1)}, ${py(w2)})`;
  return {
    numpy: [
      'import numpy as np',
      '',
      `w = np.array([${py(s.w1s)}, ${py(s.w2s)}])`,
      `eta = ${py(s.eta)}`,
      'scale = np.array([1.0, 5.0])          # L = 0.5 * (w1**2 + 5 * w2**2)',
      `for step in range(${steps}):`,
      '    grad = scale * w',
      '    w = w - eta * grad',
      result,
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `w = torch.tensor([${py(s.w1s)}, ${py(s.w2s)}], requires_grad=True)`,
      `opt = torch.optim.SGD([w], lr=${py(s.eta)})`,
      'scale = torch.tensor([1.0, 5.0])',
      `for step in range(${steps}):`,
      '    opt.zero_grad()',
      '    loss = 0.5 * (scale * w ** 2).sum()',
      '    loss.backward()',
      '    opt.step()',
      result,
    ].join('\n'),
  };
}
