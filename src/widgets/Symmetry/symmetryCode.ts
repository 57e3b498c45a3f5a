import type { CodeSnippets } from '../shared/CodePanel';
import { LEARNING_RATE, type SymmetryState } from './symmetryState';

/** The experiment in NumPy (backpropagation written out) and PyTorch (autograd). */
export function symmetryCode(s: SymmetryState): CodeSnippets {
  const equal = s.start === 'equal';
  return {
    numpy: [
      'import numpy as np',
      '',
      'X = np.array([[-1, -1], [-1, 1], [1, -1], [1, 1]], float)',
      'y = np.array([0, 1, 1, 0], float)  # XOR',
      `rng = np.random.default_rng(${s.seed})`,
      'W1 = rng.normal(0, np.sqrt(2 / (2 + 2)), (2, 2)); b1 = np.zeros(2)',
      'W2 = rng.normal(0, np.sqrt(2 / (2 + 1)), 2); b2 = 0.0',
      ...(equal ? ['W1[1] = W1[0]; W2[1] = W2[0]  # start equal'] : []),
      `for step in range(${s.steps}):`,
      '    h = np.tanh(X @ W1.T + b1)',
      '    p = 1 / (1 + np.exp(-(h @ W2 + b2)))',
      '    dz2 = (p - y) / 4',
      '    dz1 = np.outer(dz2, W2) * (1 - h**2)',
      `    W2 -= ${LEARNING_RATE} * h.T @ dz2; b2 -= ${LEARNING_RATE} * dz2.sum()`,
      `    W1 -= ${LEARNING_RATE} * dz1.T @ X; b1 -= ${LEARNING_RATE} * dz1.sum(0)`,
      `print(W1)  # ${equal ? 'both rows identical' : 'two different rows'}`,
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      'X = torch.tensor([[-1., -1.], [-1., 1.], [1., -1.], [1., 1.]])',
      'y = torch.tensor([[0.], [1.], [1.], [0.]])  # XOR',
      `torch.manual_seed(${s.seed})`,
      'hidden, out = torch.nn.Linear(2, 2), torch.nn.Linear(2, 1)',
      'for layer in (hidden, out):',
      '    torch.nn.init.xavier_normal_(layer.weight); torch.nn.init.zeros_(layer.bias)',
      ...(equal ? ['with torch.no_grad():  # start equal', '    hidden.weight[1] = hidden.weight[0]; out.weight[0, 1] = out.weight[0, 0]'] : []),
      `opt = torch.optim.SGD([*hidden.parameters(), *out.parameters()], lr=${LEARNING_RATE})`,
      `for step in range(${s.steps}):`,
      '    loss = torch.nn.functional.binary_cross_entropy_with_logits(out(torch.tanh(hidden(X))), y)',
      '    opt.zero_grad(); loss.backward(); opt.step()',
      `print(hidden.weight)  # ${equal ? 'both rows identical' : 'two different rows'}`,
    ].join('\n'),
  };
}
