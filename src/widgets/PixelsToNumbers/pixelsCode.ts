import type { CodeSnippets } from '../shared/CodePanel';
import type { Normalisation } from './pixelsState';

const numpyNorm: Record<Normalisation, string> = {
  raw: 'x = img.astype(np.float32)          # raw 0–255',
  unit: 'x = img.astype(np.float32) / 255.0  # 0–1',
  signed: 'x = img.astype(np.float32) / 127.5 - 1.0  # −1…1',
};
const torchNorm: Record<Normalisation, string> = {
  raw: 'x = img.float()                     # raw 0–255',
  unit: 'x = img.float() / 255.0            # 0–1',
  signed: 'x = img.float() / 127.5 - 1.0      # −1…1',
};

/** The drawing as code: a 28×28 uint8 image, normalised, flattened and kept as a tensor. */
export function pixelsCode(norm: Normalisation, nonZero: number): CodeSnippets {
  return {
    numpy: [
      'import numpy as np',
      '',
      `img = np.zeros((28, 28), dtype=np.uint8)  # your drawing: ${nonZero} non-zero pixels`,
      numpyNorm[norm],
      'flat = x.reshape(784)                # vector of 784 numbers',
      'tensor = x.reshape(28, 28, 1)        # H × W × C',
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `img = torch.zeros(28, 28, dtype=torch.uint8)  # ${nonZero} non-zero pixels`,
      torchNorm[norm],
      'flat = x.flatten()                   # shape (784,)',
      'tensor = x.unsqueeze(-1)             # shape (28, 28, 1); PyTorch layers expect (1, 28, 28)',
    ].join('\n'),
  };
}
