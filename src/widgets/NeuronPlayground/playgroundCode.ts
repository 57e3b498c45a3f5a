import type { CodeSnippets } from '../shared/CodePanel';
import { numpyActivation, torchActivation } from '../shared/activationNames';
import { pyFloat, torchTensor } from '../shared/python';
import type { PlaygroundValues } from './playgroundTex';

/** The one-input neuron, and its curve over x, as NumPy and PyTorch code, printing z and a. */
export function playgroundCode(v: PlaygroundValues): CodeSnippets {
  // z = wx + b crosses 0 at x = −b/w; with w = 0 it stays at b (and −b/w would divide by zero).
  const crossing = v.w === 0 ? '# w = 0: z stays at b and never crosses 0' : 'print("crossing x =", round(-b / w, 6) + 0.0)  # where z = 0';
  return {
    numpy: [
      'import numpy as np',
      '',
      `w, b = ${pyFloat(v.w)}, ${pyFloat(v.b)}`,
      `x = ${pyFloat(v.x)}`,
      'z = w * x + b',
      `a = ${numpyActivation[v.act]}`,
      '# round(..., 6) + 0.0: a sum of decimals carries float noise (0.7999999999999999 for 0.8), and -0.0 reads 0.0',
      'print("z =", round(z, 6) + 0.0)',
      'print("a =", a)',
      crossing,
      '',
      '# the whole curve over x in [-5, 5]',
      'xs = np.linspace(-5, 5, 201)',
      'z = w * xs + b',
      `curve = ${numpyActivation[v.act]}`,
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `w, b = ${torchTensor(pyFloat(v.w))}, ${torchTensor(pyFloat(v.b))}`,
      `x = ${torchTensor(pyFloat(v.x))}`,
      'z = w * x + b',
      `a = ${torchActivation[v.act]}`,
      'print("z =", round(z.item(), 6) + 0.0)',
      'print("a =", a.item())',
    ].join('\n'),
  };
}
