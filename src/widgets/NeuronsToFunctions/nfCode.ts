import type { Fit, FitActivation, FitTarget } from '../../core';
import type { CodeSnippets } from '../shared/CodePanel';
import { numpyActivation, torchModule } from '../shared/activationNames';
import { pyFloat, pyList, torchTensor } from '../shared/python';

const npTarget: Record<FitTarget, string> = {
  sine: 'np.sin(x)',
  step: 'np.where(x < 0, 0.0, 1.0)',
  abs: 'np.abs(x) / 3',
  bump: 'np.exp(-2 * x**2)',
};
const torchTarget: Record<FitTarget, string> = {
  sine: 'torch.sin(x)',
  step: '(x >= 0).float()',
  abs: 'x.abs() / 3',
  bump: 'torch.exp(-2 * x**2)',
};
const npDerivative: Record<FitActivation, string> = {
  tanh: '1 - np.tanh(z)**2',
  relu: '(z > 0) * 1.0',
  sigmoid: 'f(z) * (1 - f(z))',
};
// Seventeen significant digits write each double exactly: the snippet starts from the figure's numbers.
const EXACT = 17;

export interface NfCodeValues {
  fit: Fit;
  target: FitTarget;
  seed: number;
  lr: number;
  /** Steps one press of Train adds: the snippet takes as many. */
  more: number;
  edited: boolean;
}

/**
 * The figure's network as it is now, written in to the last digit: NumPy draws it piece by piece
 * and prints the figure's error, then trains as one press of Train does (full-batch gradient
 * descent on ½·mean (y − t)², the same η), and prints the error the figure shows after that press.
 */
export function nfCode({ fit, target, seed, lr, more, edited }: NfCodeValues): CodeSnippets {
  const n = fit.w.length;
  const now = `# The figure's ${n} units now (seed ${seed}, ${fit.done} gradient-descent steps${edited ? ', then changed by hand' : ''})`;
  const train = `# One press of Train: ${more} steps of full-batch gradient descent on L = mean((y - t)**2) / 2, eta = ${pyFloat(lr)}`;
  const numpy = [
    'import numpy as np',
    '',
    'x = -3 + 6 * np.arange(121) / 120  # the training points, to the bit as the figure spaces them',
    `t = ${npTarget[target]}  # the target t(x)`,
    `f = lambda z: ${numpyActivation[fit.act]}`,
    `df = lambda z: ${npDerivative[fit.act]}  # f'(z)`,
    now,
    `w = np.array(${pyList(fit.w, EXACT)})`,
    `b = np.array(${pyList(fit.b, EXACT)})`,
    `v = np.array(${pyList(fit.v, EXACT)})`,
    `c = ${pyFloat(fit.c, EXACT)}`,
    '',
    'def network(w, b, v, c):',
    '    pieces = v * f(np.outer(x, w) + b)  # one column per unit: v_j f(w_j x + b_j)',
    '    return pieces.sum(axis=1) + c',
    '',
    'print("MSE =", np.mean((network(w, b, v, c) - t) ** 2))',
    '',
    train,
    `eta = ${pyFloat(lr)}`,
    `for step in range(${more}):`,
    '    z = np.outer(x, w) + b',
    '    r = network(w, b, v, c) - t  # residuals y(x_i) - t(x_i)',
    '    gz = r[:, None] * v * df(z) / len(x)  # dL/dz for each point and unit',
    '    w, b, v, c = (w - eta * (gz * x[:, None]).sum(0), b - eta * gz.sum(0),',
    '                  v - eta * (r[:, None] * f(z)).sum(0) / len(x), c - eta * r.mean())',
    'mse = np.mean((network(w, b, v, c) - t) ** 2)',
    `print("MSE after ${more} more steps =", mse if np.isfinite(mse) else "diverged")`,
  ].join('\n');
  const pytorch = [
    'import torch',
    'from torch import nn',
    '',
    'x = torch.linspace(-3, 3, 121).unsqueeze(1)',
    `t = ${torchTarget[target]}`,
    `net = nn.Sequential(nn.Linear(1, ${n}), ${torchModule[fit.act]}, nn.Linear(${n}, 1))`,
    `${now}, instead of PyTorch's random start`,
    'with torch.no_grad():',
    `    net[0].weight.copy_(${torchTensor(pyList(fit.w, EXACT))}.unsqueeze(1))`,
    `    net[0].bias.copy_(${torchTensor(pyList(fit.b, EXACT))})`,
    `    net[2].weight.copy_(${torchTensor(pyList(fit.v, EXACT))}.unsqueeze(0))`,
    `    net[2].bias.fill_(${pyFloat(fit.c, EXACT)})`,
    '    print("MSE =", ((net(x) - t) ** 2).mean().item())  # float32: the last digits differ from the figure\'s',
    '',
    train,
    `opt = torch.optim.SGD(net.parameters(), lr=${pyFloat(lr)})`,
    `for step in range(${more}):`,
    '    loss = 0.5 * ((net(x) - t) ** 2).mean()',
    '    opt.zero_grad()',
    '    loss.backward()',
    '    opt.step()',
    `print("MSE after ${more} more steps =", ((net(x) - t) ** 2).mean().item())`,
  ].join('\n');
  return { numpy, pytorch };
}
