import type { CodeSnippets } from '../shared/CodePanel';
import { numpyActivation, torchActivation } from '../shared/activationNames';
import { pyFloat, torchTensor } from '../shared/python';
import type { CurveName } from './params';

/** Each curve's value and slope in NumPy, by formula; a float z, so no array methods. */
const numpyLines: Record<CurveName, string[]> = {
  sigmoid: [`s = ${numpyActivation.sigmoid}`, 'ds = s * (1 - s)', 'print("sigmoid(z) =", s)', `print("sigmoid'(z) =", ds)`],
  tanh: [`t = ${numpyActivation.tanh}`, 'dt = 1 - t**2', 'print("tanh(z) =", t)', `print("tanh'(z) =", dt)`],
  relu: [`r = ${numpyActivation.relu}`, 'dr = np.heaviside(z, 0.0)  # 1 for z > 0, else 0', 'print("relu(z) =", r)', `print("relu'(z) =", dr)`],
};

/** The switched-on activations and their slopes at z, in NumPy (by formula) and PyTorch (by autograd). */
export function explorerCode(z: number, on: readonly CurveName[]): CodeSnippets {
  const torch = on.flatMap((n) => [
    '',
    `z = ${torchTensor(pyFloat(z))}.requires_grad_()`,
    `y = ${torchActivation[n]}`,
    'y.backward()  # the slope lands in z.grad',
    `print("${n}(z) =", y.item())`,
    `print("${n}'(z) =", z.grad.item())`,
  ]);
  const none = on.length ? [] : ['# switch on a curve to see its value and slope here'];
  return {
    numpy: ['import numpy as np', '', `z = ${pyFloat(z)}`, 'print("z =", z)', ...on.flatMap((n) => numpyLines[n]), ...none].join('\n'),
    pytorch: ['import torch', ...torch, ...none].join('\n'),
  };
}
