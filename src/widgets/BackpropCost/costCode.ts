import type { CodeSnippets } from '../shared/CodePanel';
import { pyInt } from '../shared/python';
import { sizesOf, type CostState } from './params';

/** Count the parameters and time one forward pass in NumPy; the same count from PyTorch. */
export function costCode(s: CostState): CodeSnippets {
  const sizes = `[${sizesOf(s).map(pyInt).join(', ')}]`;
  return {
    numpy: [
      'import time',
      'import numpy as np',
      '',
      `sizes = ${sizes}`,
      'rng = np.random.default_rng(1)',
      'Ws = [rng.normal(0, np.sqrt(2 / (m + n)), (n, m)) for m, n in zip(sizes, sizes[1:])]',
      'bs = [np.zeros(n) for n in sizes[1:]]',
      'x = rng.normal(size=sizes[0])',
      '',
      'def forward(x):',
      '    for W, b in zip(Ws, bs):',
      '        x = 1 / (1 + np.exp(-(W @ x + b)))',
      '    return x',
      '',
      'runs = 200',
      'start = time.perf_counter()',
      'for _ in range(runs):',
      '    forward(x)',
      'seconds = (time.perf_counter() - start) / runs',
      'P = sum(W.size + b.size for W, b in zip(Ws, bs))',
      'print(f"one forward pass: {seconds * 1000:.3f} ms; finite differences: about {2 * P * seconds:.1f} s")',
      'print("P =", P)',
      'print("finite-difference passes =", 2 * P)',
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `sizes = ${sizes}`,
      'layers = []',
      'for m, n in zip(sizes, sizes[1:]):',
      '    layers += [torch.nn.Linear(m, n), torch.nn.Sigmoid()]',
      'net = torch.nn.Sequential(*layers)',
      'x = torch.randn(sizes[0])',
      'loss = 0.5 * ((net(x) - 1.0) ** 2).sum()',
      'loss.backward()  # one backward pass: every parameter gets its .grad',
      'print("P =", sum(p.numel() for p in net.parameters()))',
    ].join('\n'),
  };
}
