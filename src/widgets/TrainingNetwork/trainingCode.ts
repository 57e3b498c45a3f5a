import type { ActivationName, InitScheme, TrainingSession } from '../../core';
import type { CodeSnippets } from '../shared/CodePanel';
import { numpyActivation, torchModule } from '../shared/activationNames';
import { pyFloat, pyInt } from '../shared/python';

export interface TrainingCodeValues {
  /** The untrained session: its points and starting weights are written into the code. */
  start: TrainingSession;
  dataset: string;
  noise: number;
  act: Exclude<ActivationName, 'linear'>;
  init: InitScheme;
  lr: number;
  batch: number;
  seed: number;
  /** Epochs the figure has trained: the code trains as many. */
  epoch: number;
}

/** f′ from the activation's output a = f(z), as backpropagation reads it. */
const npDerivative = { tanh: '1 - a**2', relu: '(a > 0) * 1.0', sigmoid: 'a * (1 - a)' } as const;
const initComment = { xavier: 'Xavier: Var(w) = 2 / (n_in + n_out)', he: 'He: Var(w) = 2 / n_in' } as const;
const PER_LINE = 20;

/** Whole thousandths (the session keeps its data and starting weights so), PER_LINE to a line. */
function thousandths(values: ArrayLike<number>, indent: string): string {
  const ints = Array.from(values, (v) => pyInt(v * 1000));
  const lines: string[] = [];
  for (let i = 0; i < ints.length; i += PER_LINE) lines.push(`${indent}${ints.slice(i, i + PER_LINE).join(', ')},`);
  return lines.join('\n');
}

interface Literals {
  points: string;
  weights: { shape: string; values: string }[];
}
// The written-out numbers depend on the session alone: built once, not on every frame of training.
const literals = new WeakMap<TrainingSession, Literals>();
function literalsOf(start: TrainingSession): Literals {
  let out = literals.get(start);
  if (!out) {
    out = {
      points: thousandths(start.X.data, '    '),
      weights: start.mlp.weights.map((W) => ({ shape: `${W.rows}, ${W.cols}`, values: thousandths(W.data, '        ') })),
    };
    literals.set(start, out);
  }
  return out;
}

/**
 * The figure's training run in NumPy (written out) and PyTorch, from the figure's own points and
 * starting weights, so the loss and accuracy at epoch 0 are the figure's. The batches are shuffled
 * by each library's generator, not the figure's, so from epoch 1 on the runs differ a little.
 */
export function trainingCode(v: TrainingCodeValues): CodeSnippets {
  const { points, weights } = literalsOf(v.start);
  const n = v.start.X.rows;
  const sizes = v.start.mlp.sizes;
  const epochs = Math.max(0, Math.round(v.epoch));
  const dataComment = `# The figure's ${n} points (${v.dataset}, noise ${pyFloat(v.noise)}, seed ${pyInt(v.seed)}) in thousandths, as rows (x1, x2)`;
  const weightComment = (tail: string) => `# Its starting weights (${initComment[v.init]}, seed ${pyInt(v.seed + 1)}) in thousandths${tail}; biases start at 0`;
  const epochsLine = `eta, B, epochs = ${pyFloat(v.lr)}, ${pyInt(v.batch)}, ${epochs}  # as many epochs as the figure has trained`;
  const shuffleComment = (lib: string) => `# ${lib} shuffles the batches, not as the figure does: from epoch 1 on the losses differ from the figure's a little`;
  const numpy = [
    'import numpy as np',
    '',
    dataComment,
    'X = np.array([',
    points,
    `]).reshape(-1, 2) / 1000`,
    `y = np.arange(${n}) % 2  # the classes alternate: 0, 1, 0, 1, ...`,
    weightComment(''),
    'W = [',
    ...weights.map((w) => `    np.array([\n${w.values}\n    ]).reshape(${w.shape}) / 1000,`),
    ']',
    'b = [np.zeros(len(w)) for w in W]',
    `f = lambda z: ${numpyActivation[v.act]}`,
    `df = lambda a: ${npDerivative[v.act]}  # f'(z) from a = f(z)`,
    '',
    'def forward(x):',
    '    acts = [x]',
    '    for l in range(len(W)):',
    '        z = acts[-1] @ W[l].T + b[l]',
    '        acts.append(z if l == len(W) - 1 else f(z))  # the last layer gives the logit z',
    '    return acts',
    '',
    'def loss_and_accuracy():',
    '    z = forward(X)[-1][:, 0]',
    '    loss = np.mean(np.logaddexp(0, -(2 * y - 1) * z))  # binary cross-entropy from the logit',
    '    return loss, np.mean((z > 0) == y)',
    '',
    'loss, accuracy = loss_and_accuracy()',
    'print("loss at epoch 0 =", loss)',
    'print("accuracy at epoch 0 =", accuracy)',
    '',
    epochsLine,
    shuffleComment('NumPy'),
    `rng = np.random.default_rng(${pyInt(v.seed + 2)})`,
    'for epoch in range(epochs):',
    '    order = rng.permutation(len(X))',
    '    for s in range(0, len(X), B):',
    '        idx = order[s:s + B]',
    '        acts = forward(X[idx])',
    '        # dL/dz of the mean cross-entropy: sigma(z) - y over the batch',
    '        delta = (0.5 * (1 + np.tanh(acts[-1] / 2)) - y[idx, None]) / len(idx)',
    '        for l in reversed(range(len(W))):  # backpropagation',
    '            gW, gb = delta.T @ acts[l], delta.sum(0)',
    '            if l > 0:',
    '                delta = (delta @ W[l]) * df(acts[l])',
    '            W[l] -= eta * gW  # gradient-descent step',
    '            b[l] -= eta * gb',
    ...(epochs > 0 ? [`print("loss after ${epochs} epochs (NumPy's shuffle) =", loss_and_accuracy()[0])`] : []),
  ].join('\n');

  const layers: string[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    layers.push(`    nn.Linear(${sizes[l]}, ${sizes[l + 1]}),`);
    if (l + 2 < sizes.length) layers.push(`    ${torchModule[v.act]},`);
  }
  const pytorch = [
    'import torch',
    'from torch import nn',
    '',
    dataComment,
    'X = torch.tensor([',
    points,
    '], dtype=torch.float32).reshape(-1, 2) / 1000',
    `y = (torch.arange(${n}) % 2).float()`,
    'model = nn.Sequential(',
    ...layers,
    ')',
    weightComment(", instead of PyTorch's random ones"),
    'W = [',
    ...weights.map((w) => `    torch.tensor([\n${w.values}\n    ], dtype=torch.float32).reshape(${w.shape}) / 1000,`),
    ']',
    'with torch.no_grad():',
    '    for layer, w in zip(model[::2], W):',
    '        layer.weight.copy_(w)',
    '        layer.bias.zero_()',
    'loss_fn = nn.BCEWithLogitsLoss()',
    'with torch.no_grad():',
    '    z = model(X).squeeze(1)',
    '    print("loss at epoch 0 =", loss_fn(z, y).item())',
    '    print("accuracy at epoch 0 =", ((z > 0).float() == y).float().mean().item())',
    '',
    epochsLine,
    shuffleComment('PyTorch'),
    `torch.manual_seed(${pyInt(v.seed + 2)})`,
    'optimizer = torch.optim.SGD(model.parameters(), lr=eta)',
    'loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(X, y), batch_size=B, shuffle=True)',
    'for epoch in range(epochs):',
    '    for xb, yb in loader:',
    '        optimizer.zero_grad()',
    '        loss = loss_fn(model(xb).squeeze(1), yb)',
    '        loss.backward()',
    '        optimizer.step()',
    ...(epochs > 0 ? [`print("loss after ${epochs} epochs (PyTorch's shuffle) =", loss_fn(model(X).squeeze(1), y).item())`] : []),
  ].join('\n');
  return { numpy, pytorch };
}
