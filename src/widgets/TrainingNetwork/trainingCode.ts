import { ADAM_BETA1, ADAM_BETA2, MOMENTUM_BETA, START_SIGMA, weightUnit, type ActivationName, type OptimizerName, type StartScheme, type TrainingSession } from '../../core';
import type { CodeSnippets } from '../shared/CodePanel';
import { numpyActivation, torchModule } from '../shared/activationNames';
import { pyFloat, pyInt } from '../shared/python';

export interface TrainingCodeValues {
  /** The untrained session: its points and starting weights are written into the code. */
  start: TrainingSession;
  dataset: string;
  noise: number;
  act: Exclude<ActivationName, 'linear'>;
  init: StartScheme;
  lr: number;
  batch: number;
  seed: number;
  /** Epochs the figure has trained: the code trains as many. */
  epoch: number;
  opt: OptimizerName;
  l2: number;
  draw: number;
}

/** f′ from the activation's output a = f(z), as backpropagation reads it. */
const npDerivative = { tanh: '1 - a**2', relu: '(a > 0) * 1.0', sigmoid: 'a * (1 - a)' } as const;
const initComment = {
  zero: 'all zero',
  small: `too small: N(0, ${START_SIGMA.small}²)`,
  large: `too large: N(0, ${START_SIGMA.large}²)`,
  xavier: 'Xavier: Var(w) = 2 / (n_in + n_out)',
  he: 'He: Var(w) = 2 / n_in',
} as const;
const optName = { sgd: 'gradient descent', momentum: `momentum (beta = ${MOMENTUM_BETA})`, adam: 'Adam' } as const;
const EXPORT_FILE_NAME = 'training-network.json';
const PER_LINE = 20;

/** Whole thousandths (the session keeps its data and starting weights so), PER_LINE to a line. */
function thousandths(values: ArrayLike<number>, indent: string, unit = 1000): string {
  const ints = Array.from(values, (v) => pyInt(Math.round(v * unit)));
  const lines: string[] = [];
  for (let i = 0; i < ints.length; i += PER_LINE) lines.push(`${indent}${ints.slice(i, i + PER_LINE).join(', ')},`);
  return lines.join('\n');
}

interface Literals {
  points: string;
  /** The labels as Python: the alternating classes, or written out when the reader added points. */
  labels: string;
  /** Indices of the held-out points, or '' when none are. */
  heldOut: string;
  weights: { shape: string; values: string }[];
}
// The written-out numbers depend on the session alone: built once, not on every frame of training.
const literals = new WeakMap<TrainingSession, Literals>();
function literalsOf(start: TrainingSession, unit: number): Literals {
  let out = literals.get(start);
  if (!out) {
    const n = start.X.rows;
    let alternating = true;
    for (let i = 0; i < n; i++) if (start.y[i] !== i % 2) alternating = false;
    const held: number[] = [];
    start.isTest.forEach((t, i) => t && held.push(i));
    out = {
      points: thousandths(start.X.data, '    '),
      labels: alternating ? `np.arange(${n}) % 2  # the classes alternate: 0, 1, 0, 1, ...` : `np.array([${Array.from(start.y, (v) => (v > 0.5 ? 1 : 0)).join(', ')}])`,
      heldOut: held.join(', '),
      weights: start.mlp.weights.map((W) => ({ shape: `${W.rows}, ${W.cols}`, values: thousandths(W.data, '        ', unit) })),
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
  const unit = weightUnit(v.init);
  const { points, labels, heldOut, weights } = literalsOf(v.start, unit);
  const units = unit === 1000 ? 'thousandths' : 'millionths';
  const n = v.start.X.rows;
  const sizes = v.start.mlp.sizes;
  const epochs = Math.max(0, Math.round(v.epoch));
  const testing = heldOut !== '';
  const dataComment = `# The figure's ${n} points (${v.dataset === 'own' ? 'your own' : `${v.dataset}, noise ${pyFloat(v.noise)}, seed ${pyInt(v.seed)}`}) in thousandths, as rows (x1, x2)`;
  const weightComment = (tail: string) => `# Its starting weights (${initComment[v.init]}, seed ${pyInt(v.seed + 1 + 1_000_003 * v.draw)}) in ${units}${tail}; biases start at 0`;
  const epochsLine = `eta, B, lam, epochs = ${pyFloat(v.lr)}, ${pyInt(v.batch)}, ${pyFloat(v.l2)}, ${epochs}  # lam: the L2 strength; as many epochs as the figure has trained`;
  const shuffleComment = (lib: string) => `# ${lib} shuffles the batches, not as the figure does: from epoch 1 on the losses differ from the figure's a little`;
  const split = testing
    ? [
        '# The points the figure holds out for testing (it never trains on them)',
        `test = np.isin(np.arange(len(X)), [${heldOut}])`,
        'X_test, y_test, X, y = X[test], y[test], X[~test], y[~test]',
      ]
    : [];
  const step =
    v.opt === 'sgd'
      ? ['def update(k, p, g):  # gradient descent', '    p -= eta * g']
      : v.opt === 'momentum'
        ? ['def update(k, p, g):  # momentum: v <- beta v + g, w <- w - eta v', `    memory[k][0] = ${pyFloat(MOMENTUM_BETA)} * memory[k][0] + g`, '    p -= eta * memory[k][0]']
        : [
            'def update(k, p, g):  # Adam, with bias-corrected moments',
            '    m, s = memory[k]',
            `    m[:] = ${pyFloat(ADAM_BETA1)} * m + ${pyFloat(1 - ADAM_BETA1)} * g`,
            `    s[:] = ${pyFloat(ADAM_BETA2)} * s + ${pyFloat(1 - ADAM_BETA2, 3)} * g**2`,
            `    p -= eta * (m / (1 - ${pyFloat(ADAM_BETA1)}**t)) / (np.sqrt(s / (1 - ${pyFloat(ADAM_BETA2)}**t)) + 1e-8)`,
          ];
  const numpy = [
    'import numpy as np',
    '',
    dataComment,
    'X = np.array([',
    points,
    `]).reshape(-1, 2) / 1000`,
    `y = ${labels}`,
    ...split,
    weightComment(''),
    'W = [',
    ...weights.map((w) => `    np.array([\n${w.values}\n    ]).reshape(${w.shape}) / ${unit},`),
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
    'def loss_and_accuracy(X, y):',
    '    z = forward(X)[-1][:, 0]',
    '    loss = np.mean(np.logaddexp(0, -(2 * y - 1) * z))  # binary cross-entropy from the logit',
    '    return loss, np.mean((z > 0) == y)',
    '',
    ...(n - (testing ? heldOut.split(',').length : 0) > 0
      ? ['loss, accuracy = loss_and_accuracy(X, y)', 'print("loss at epoch 0 =", loss)', 'print("accuracy at epoch 0 =", accuracy)']
      : ['# no training points yet: add some in the figure']),
    ...(testing ? ['test_loss, test_accuracy = loss_and_accuracy(X_test, y_test)', 'print("test loss at epoch 0 =", test_loss)', 'print("test accuracy at epoch 0 =", test_accuracy)'] : []),
    '',
    epochsLine,
    shuffleComment('NumPy'),
    `rng = np.random.default_rng(${pyInt(v.seed + 2)})`,
    'memory = [[np.zeros_like(p), np.zeros_like(p)] for p in W + b]  # the optimiser\'s velocity or moments',
    't = 0',
    ...step,
    '',
    'for epoch in range(epochs):',
    '    order = rng.permutation(len(X))',
    '    for start in range(0, len(X), B):',
    '        idx = order[start:start + B]',
    '        acts = forward(X[idx])',
    '        t += 1',
    '        # dL/dz of the mean cross-entropy: sigma(z) - y over the batch',
    '        delta = (0.5 * (1 + np.tanh(acts[-1] / 2)) - y[idx, None]) / len(idx)',
    '        for l in reversed(range(len(W))):  # backpropagation',
    '            gW, gb = delta.T @ acts[l] + lam * W[l], delta.sum(0)  # the L2 penalty adds lam * W',
    '            if l > 0:',
    '                delta = (delta @ W[l]) * df(acts[l])',
    `            update(l, W[l], gW)  # ${optName[v.opt]}`,
    '            update(len(W) + l, b[l], gb)',
    ...(epochs > 0 ? [`print("loss after ${epochs} epochs (NumPy's shuffle) =", loss_and_accuracy(X, y)[0])`] : []),
    '',
    `# Export saves the figure's network and its training points as ${EXPORT_FILE_NAME}; with that`,
    '# file beside this code, these lines score it and print the accuracy the figure showed.',
    'import json, os',
    `if os.path.exists("${EXPORT_FILE_NAME}"):`,
    `    with open("${EXPORT_FILE_NAME}") as file:`,
    '        model = json.load(file)',
    '    act = {"tanh": np.tanh, "relu": lambda z: np.maximum(z, 0), "sigmoid": lambda z: 1 / (1 + np.exp(-z))}[model["activation"]]',
    '    a = np.array(model["data"]["x"], dtype=float).reshape(-1, 2)',
    '    for k, layer in enumerate(model["layers"]):',
    '        z = a @ np.array(layer["W"]).T + np.array(layer["b"])',
    '        a = z if k == len(model["layers"]) - 1 else act(z)  # the last z > 0 means class 1',
    '    print("accuracy of the exported network =", np.mean((a[:, 0] > 0) == np.array(model["data"]["y"])))',
  ].join('\n');

  const layers: string[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    layers.push(`    nn.Linear(${sizes[l]}, ${sizes[l + 1]}),`);
    if (l + 2 < sizes.length) layers.push(`    ${torchModule[v.act]},`);
  }
  const groups = '[{"params": [m.weight for m in model[::2]], "weight_decay": lam}, {"params": [m.bias for m in model[::2]], "weight_decay": 0.0}]';
  const optimizer =
    v.opt === 'adam'
      ? `optimizer = torch.optim.Adam(${groups}, lr=eta)`
      : `optimizer = torch.optim.SGD(${groups}, lr=eta${v.opt === 'momentum' ? `, momentum=${pyFloat(MOMENTUM_BETA)}` : ''})`;
  const pytorch = [
    'import torch',
    'from torch import nn',
    '',
    dataComment,
    'X = torch.tensor([',
    points,
    '], dtype=torch.float32).reshape(-1, 2) / 1000',
    `y = torch.tensor(${labels.replace(/^np\.arange\((\d+)\) % 2.*$/, 'list(range($1))').replace(/^np\.array\((.*)\)$/, '$1')}, dtype=torch.float32)${labels.startsWith('np.arange') ? ' % 2' : ''}`,
    ...(testing ? ['test = torch.zeros(len(X), dtype=torch.bool)', `test[[${heldOut}]] = True  # the held-out points`, 'X_test, y_test, X, y = X[test], y[test], X[~test], y[~test]'] : []),
    'model = nn.Sequential(',
    ...layers,
    ')',
    weightComment(", instead of PyTorch's random ones"),
    'W = [',
    ...weights.map((w) => `    torch.tensor([\n${w.values}\n    ], dtype=torch.float32).reshape(${w.shape}) / ${unit},`),
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
    `${optimizer}  # L2 on the weights only`,
    'loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(X, y), batch_size=B, shuffle=True)',
    'for epoch in range(epochs):',
    '    for xb, yb in loader:',
    '        optimizer.zero_grad()',
    '        loss = loss_fn(model(xb).squeeze(1), yb)',
    '        loss.backward()',
    '        optimizer.step()',
    ...(epochs > 0 ? [`print("loss after ${epochs} epochs (PyTorch's shuffle) =", loss_fn(model(X).squeeze(1), y).item())`] : []),
    '',
    `# Export's file (${EXPORT_FILE_NAME}) rebuilt as the same nn.Sequential, in float32`,
    'import json, os',
    `if os.path.exists("${EXPORT_FILE_NAME}"):`,
    `    with open("${EXPORT_FILE_NAME}") as file:`,
    '        saved = json.load(file)',
    '    modules = []',
    '    for k, layer in enumerate(saved["layers"]):',
    '        weight = torch.tensor(layer["W"], dtype=torch.float32)',
    '        linear = nn.Linear(weight.shape[1], weight.shape[0])',
    '        with torch.no_grad():',
    '            linear.weight.copy_(weight)',
    '            linear.bias.copy_(torch.tensor(layer["b"], dtype=torch.float32))',
    '        modules.append(linear)',
    '        if k < len(saved["layers"]) - 1:',
    '            modules.append({"tanh": nn.Tanh, "relu": nn.ReLU, "sigmoid": nn.Sigmoid}[saved["activation"]]())',
    '    exported = nn.Sequential(*modules)',
    '    x = torch.tensor(saved["data"]["x"], dtype=torch.float32).reshape(-1, 2)',
    '    labels = torch.tensor(saved["data"]["y"], dtype=torch.float32)',
    '    with torch.no_grad():',
    '        print("accuracy of the exported network =", ((exported(x).squeeze(1) > 0).float() == labels).float().mean().item())',
  ].join('\n');
  return { numpy, pytorch };
}
