import type { CodeSnippets } from '../shared/CodePanel';
import { pyFloat, pyMatrix, torchTensor } from '../shared/python';
import { LEARNING_RATE, type SymmetryState } from './params';
import { initialNetwork } from './symmetryMath';

const X = pyMatrix([[-1, -1], [-1, 1], [1, -1], [1, 1]]);
const exact = (x: number) => pyFloat(x, 17);

/**
 * The experiment in NumPy (backpropagation written out) and PyTorch (autograd), from the figure's
 * starting weights written in: NumPy's and PyTorch's generators would draw other numbers than
 * the essay's from the same seed.
 */
export function symmetryCode(s: SymmetryState): CodeSnippets {
  const net = initialNetwork(s.start, s.seed);
  const w = net.weights[0].data;
  const W1 = `[[${exact(w[0])}, ${exact(w[1])}], [${exact(w[2])}, ${exact(w[3])}]]`;
  const W2 = `[${Array.from(net.weights[1].data, exact).join(', ')}]`;
  const origin = `# The figure's starting weights: Xavier normal from seed ${s.seed}, drawn by the essay's generator${s.start === 'equal' ? ';\n# neuron 2 starts as a copy of neuron 1' : ''}`;
  const eta = pyFloat(LEARNING_RATE);
  return {
    numpy: [
      'import numpy as np',
      '',
      `X = np.array(${X})`,
      'y = np.array([0.0, 1.0, 1.0, 0.0])  # XOR',
      origin,
      `W1 = np.array(${W1}); b1 = np.zeros(2)`,
      `W2 = np.array(${W2}); b2 = 0.0`,
      `for step in range(${s.steps}):`,
      '    h = np.tanh(X @ W1.T + b1)',
      '    p = 1 / (1 + np.exp(-(h @ W2 + b2)))',
      '    dz2 = (p - y) / 4  # dL/dz of the mean cross-entropy',
      '    dz1 = np.outer(dz2, W2) * (1 - h**2)',
      `    W2 -= ${eta} * h.T @ dz2; b2 -= ${eta} * dz2.sum()`,
      `    W1 -= ${eta} * dz1.T @ X; b1 -= ${eta} * dz1.sum(0)`,
      'p = 1 / (1 + np.exp(-(np.tanh(X @ W1.T + b1) @ W2 + b2)))',
      'print("W1 =", W1)',
      'print("b1 =", b1)',
      'print("delta =", np.linalg.norm(np.append(W1[0] - W1[1], b1[0] - b1[1])))',
      'print("loss =", -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))',
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `X = ${torchTensor(X)}`,
      `y = ${torchTensor('[[0.0], [1.0], [1.0], [0.0]]')}  # XOR`,
      'hidden, out = torch.nn.Linear(2, 2), torch.nn.Linear(2, 1)',
      origin,
      "# (in float32, so the last digits differ from the figure's float64)",
      'with torch.no_grad():',
      `    hidden.weight.copy_(${torchTensor(W1)}); hidden.bias.zero_()`,
      `    out.weight.copy_(${torchTensor(`[${W2}]`)}); out.bias.zero_()`,
      `opt = torch.optim.SGD([*hidden.parameters(), *out.parameters()], lr=${eta})`,
      `for step in range(${s.steps}):`,
      '    loss = torch.nn.functional.binary_cross_entropy_with_logits(out(torch.tanh(hidden(X))), y)',
      '    opt.zero_grad(); loss.backward(); opt.step()',
      'print("W1 =", hidden.weight.tolist())',
    ].join('\n'),
  };
}
