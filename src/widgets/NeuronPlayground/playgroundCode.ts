import type { CodeSnippets } from '../shared/CodePanel';
import { numpyActivation, torchActivation } from '../shared/activationNames';
import { pyFloat, torchTensor } from '../shared/python';
import type { PlaygroundValues } from './playgroundTex';

/** The one-input neuron, and its curve over x, as NumPy and PyTorch code, printing z and a. */
export function playgroundCode(v: PlaygroundValues): CodeSnippets {
  // z = wx + b crosses 0 at x = −b/w; with w = 0 it stays at b (and −b/w would divide by zero).
  const crossing = v.w === 0 ? '# w = 0: z stays at b and never crosses 0' : 'print("crossing x =", -b / w)  # where z = 0';
  return {
    numpy: [
      'import numpy as np',
      '',
      `w, b = ${pyFloat(v.w)}, ${pyFloat(v.b)}`,
      `x = ${pyFloat(v.x)}`,
      'z = w * x + b',
      `a = ${numpyActivation[v.act]}`,
      'print("z =", z)',
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
      'print("z =", z.item())',
      'print("a =", a.item())',
    ].join('\n'),
  };
}
