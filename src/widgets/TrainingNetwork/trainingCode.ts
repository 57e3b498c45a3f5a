import type { CodeSnippets } from '../shared/CodePanel';
import { layerSizes, N_POINTS } from './trainingEngine';

export interface TrainingCodeValues {
  dataset: string;
  noise: number;
  act: 'tanh' | 'relu' | 'sigmoid';
  init: 'xavier' | 'he';
  hidden: number;
  units: number;
  lr: number;
  batch: number;
  seed: number;
  epoch: number;
}

const py = (x: number) => String(Number(x.toPrecision(6)));
const npAct = {
  tanh: ['np.tanh', 'lambda a: 1 - a**2'],
  relu: ['lambda z: np.maximum(0, z)', 'lambda a: (a > 0) * 1.0'],
  sigmoid: ['lambda z: 1 / (1 + np.exp(-z))', 'lambda a: a * (1 - a)'],
} as const;
const torchAct = { tanh: 'nn.Tanh()', relu: 'nn.ReLU()', sigmoid: 'nn.Sigmoid()' } as const;

/** The figure's training run as a NumPy loop written out and as PyTorch. */
export function trainingCode(v: TrainingCodeValues): CodeSnippets {
  const sizes = layerSizes(v.hidden, v.units);
  const epochs = Math.max(1, v.epoch);
  const std = v.init === 'xavier' ? 'np.sqrt(2 / (m + n))' : 'np.sqrt(2 / m)';
  const [f, df] = npAct[v.act];
  const data = `# X: ${N_POINTS} points of the '${v.dataset}' data set (noise ${py(v.noise)}), shape (${N_POINTS}, 2); y: labels 0/1, shape (${N_POINTS},)`;
  const numpy = [
    'import numpy as np',
    '',
    data,
    `rng = np.random.default_rng(${v.seed})`,
    `sizes = [${sizes.join(', ')}]`,
    `# ${v.init === 'xavier' ? 'Xavier: Var(w) = 2 / (n_in + n_out)' : 'He: Var(w) = 2 / n_in'}`,
    `W = [rng.normal(0, ${std}, (n, m)) for m, n in zip(sizes[:-1], sizes[1:])]`,
    'b = [np.zeros(n) for n in sizes[1:]]',
    `f, df = ${f}, ${df}`,
    `eta, B = ${py(v.lr)}, ${v.batch}`,
    `for epoch in range(${epochs}):`,
    '    order = rng.permutation(len(X))',
    '    for s in range(0, len(X), B):',
    '        idx = order[s:s + B]',
    '        acts = [X[idx]]',
    '        for l in range(len(W)):                       # forward pass',
    '            z = acts[-1] @ W[l].T + b[l]',
    '            acts.append(z if l == len(W) - 1 else f(z))',
    '        # dL/dz of the output logit for binary cross-entropy: sigma(z) - y, averaged',
    '        delta = (1 / (1 + np.exp(-acts[-1])) - y[idx, None]) / len(idx)',
    '        for l in reversed(range(len(W))):             # backpropagation',
    '            gW, gb = delta.T @ acts[l], delta.sum(0)',
    '            if l > 0:',
    '                delta = (delta @ W[l]) * df(acts[l])',
    '            W[l] -= eta * gW                          # gradient-descent step',
    '            b[l] -= eta * gb',
  ].join('\n');
  const layers: string[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    layers.push(`    nn.Linear(${sizes[l]}, ${sizes[l + 1]}),`);
    if (l + 2 < sizes.length) layers.push(`    ${torchAct[v.act]},`);
  }
  const initFn = v.init === 'xavier' ? 'nn.init.xavier_normal_(m.weight)' : "nn.init.kaiming_normal_(m.weight, nonlinearity='relu')";
  const pytorch = [
    'import torch',
    'from torch import nn',
    '',
    data.replace('shape', 'tensors of shape'),
    `torch.manual_seed(${v.seed})`,
    'model = nn.Sequential(',
    ...layers,
    ')',
    'for m in model:',
    '    if isinstance(m, nn.Linear):',
    `        ${initFn}`,
    '        nn.init.zeros_(m.bias)',
    'loss_fn = nn.BCEWithLogitsLoss()',
    `optimizer = torch.optim.SGD(model.parameters(), lr=${py(v.lr)})`,
    `loader = torch.utils.data.DataLoader(list(zip(X, y)), batch_size=${v.batch}, shuffle=True)`,
    `for epoch in range(${epochs}):`,
    '    for xb, yb in loader:',
    '        optimizer.zero_grad()',
    '        loss = loss_fn(model(xb).squeeze(1), yb.float())',
    '        loss.backward()',
    '        optimizer.step()',
  ].join('\n');
  return { numpy, pytorch };
}
