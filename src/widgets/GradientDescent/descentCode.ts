import type { CodeSnippets } from '../shared/CodePanel';
import { pyFloat, pyInt, pyList, torchTensor } from '../shared/python';
import type { DescentState } from './params';

/**
 * The current run as NumPy and PyTorch loops: the steps the figure took (up to its divergence),
 * η to the last digit (the log slider's 10^p), printing the point and loss the figure shows.
 */
export function descentCode(s: DescentState, steps: number, diverged: boolean): CodeSnippets {
  const start = pyList([s.w1s, s.w2s]);
  const eta = pyFloat(s.eta, 17);
  const verdict = diverged ? ['# the loss has passed 1000: the run diverged'] : [];
  return {
    numpy: [
      'import numpy as np',
      '',
      `w = np.array(${start})`,
      `eta = ${eta}`,
      'scale = np.array([1.0, 5.0])  # L = 0.5 * (w1**2 + 5 * w2**2)',
      `for step in range(${pyInt(steps)}):`,
      '    w = w - eta * scale * w  # the gradient is scale * w',
      'print("w =", w)',
      'print("L =", 0.5 * np.sum(scale * w ** 2))',
      ...verdict,
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `w = ${torchTensor(start)}.requires_grad_()`,
      `opt = torch.optim.SGD([w], lr=${eta})`,
      `scale = ${torchTensor('[1.0, 5.0]')}`,
      `for step in range(${pyInt(steps)}):`,
      '    opt.zero_grad()',
      '    loss = 0.5 * (scale * w ** 2).sum()',
      '    loss.backward()',
      '    opt.step()',
      'print("w =", w.tolist())',
      ...verdict,
    ].join('\n'),
  };
}
