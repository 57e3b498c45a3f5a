import type { CodeSnippets } from '../shared/CodePanel';
import { pyFloat, pyInt, pyList, torchTensor } from '../shared/python';
import { ADAM_BETA1, ADAM_BETA2, MOMENTUM_BETA, SURFACES } from '../../core';
import type { DescentState } from './params';

/**
 * The current run as NumPy and PyTorch loops: the steps the figure took (up to its divergence),
 * η to the last digit (the log slider's 10^p), printing the point and loss the figure shows.
 */
export function descentCode(s: DescentState, steps: number, diverged: boolean): CodeSnippets {
  const start = pyList([s.w1s, s.w2s]);
  const eta = pyFloat(s.eta, 17);
  const verdict = diverged ? ['# the loss has passed 1000: the run diverged'] : [];
  const p = SURFACES[s.surface].p;
  const scale = `[${pyFloat(p)}, 5.0]`;
  const surfaceComment = `# L = 0.5 * (${p === 1 ? '' : `${pyFloat(p)} * `}w1**2 + 5 * w2**2)${s.surface === 'valley' ? ': a long narrow valley' : ''}`;
  const rule =
    s.opt === 'sgd'
      ? ['    w = w - eta * g  # gradient descent']
      : s.opt === 'momentum'
        ? [`    v = ${pyFloat(MOMENTUM_BETA)} * v + g  # momentum: the velocity remembers past slopes`, '    w = w - eta * v']
        : [
            `    m = ${pyFloat(ADAM_BETA1)} * m + (1 - ${pyFloat(ADAM_BETA1)}) * g  # Adam: average slope`,
            `    s = ${pyFloat(ADAM_BETA2)} * s + (1 - ${pyFloat(ADAM_BETA2)}) * g**2  # and average squared slope`,
            `    w = w - eta * (m / (1 - ${pyFloat(ADAM_BETA1)}**t)) / (np.sqrt(s / (1 - ${pyFloat(ADAM_BETA2)}**t)) + 1e-8)`,
          ];
  const torchOpt =
    s.opt === 'adam' ? `torch.optim.Adam([w], lr=${eta})` : `torch.optim.SGD([w], lr=${eta}${s.opt === 'momentum' ? `, momentum=${pyFloat(MOMENTUM_BETA)}` : ''})`;
  return {
    numpy: [
      'import numpy as np',
      '',
      `w = np.array(${start})`,
      `eta = ${eta}`,
      `scale = np.array(${scale})  ${surfaceComment}`,
      'v = m = s = np.zeros(2)',
      `for t in range(1, ${pyInt(steps)} + 1):`,
      '    g = scale * w  # the gradient',
      ...rule,
      'print("w =", w)',
      'print("L =", 0.5 * np.sum(scale * w ** 2))',
      ...verdict,
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `w = ${torchTensor(start)}.requires_grad_()`,
      `opt = ${torchOpt}`,
      `scale = ${torchTensor(scale)}`,
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
