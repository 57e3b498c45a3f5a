import type { ActivationName } from '../../core';

/** How each activation is named in the text, in TeX, in NumPy and in PyTorch: one table. */
export const activationLabel: Record<ActivationName, string> = { sigmoid: 'sigmoid', relu: 'ReLU', tanh: 'tanh', linear: 'linear' };
/** TeX of f in f(z); linear has none. */
export const activationTex: Record<ActivationName, string> = { sigmoid: '\\sigma', relu: '\\operatorname{ReLU}', tanh: '\\tanh', linear: '' };
/** f(z) in NumPy, of an array or a float z. */
export const numpyActivation: Record<ActivationName, string> = {
  sigmoid: '1 / (1 + np.exp(-z))',
  relu: 'np.maximum(0, z)',
  tanh: 'np.tanh(z)',
  linear: 'z',
};
/** f(z) in PyTorch, of a tensor z. */
export const torchActivation: Record<ActivationName, string> = { sigmoid: 'torch.sigmoid(z)', relu: 'torch.relu(z)', tanh: 'torch.tanh(z)', linear: 'z' };
/** The torch.nn module of each activation. */
export const torchModule: Record<ActivationName, string> = { sigmoid: 'nn.Sigmoid()', relu: 'nn.ReLU()', tanh: 'nn.Tanh()', linear: 'nn.Identity()' };
