import type { CodeSnippets } from '../shared/CodePanel';
import type { ActivationName } from '../../core';
import type { FeedValues } from './feedMath';

const py = (x: number) => String(Number(x.toPrecision(4)));
const rows = (data: ArrayLike<number>, r: number, c: number) =>
  `[${Array.from({ length: r }, (_, i) => `[${Array.from({ length: c }, (_, k) => py(data[i * c + k])).join(', ')}]`).join(', ')}]`;
const npAct: Record<ActivationName, string> = { sigmoid: '1 / (1 + np.exp(-z))', relu: 'np.maximum(0, z)', tanh: 'np.tanh(z)', linear: 'z' };
const ptAct: Record<ActivationName, string> = { sigmoid: 'torch.nn.Sigmoid()', relu: 'torch.nn.ReLU()', tanh: 'torch.nn.Tanh()', linear: 'torch.nn.Identity()' };

/** The current network, weights rounded to 4 significant digits, in NumPy and PyTorch. */
export function feedCode(v: FeedValues, act: ActivationName): CodeSnippets {
  const Ws = v.weights.map((W) => `    np.array(${rows(W.data, W.rows, W.cols)}),`);
  const out = v.as[v.as.length - 1][0];
  const x = `[${py(v.as[0][0])}, ${py(v.as[0][1])}]`;
  const layers = v.weights.map((W) => `torch.nn.Linear(${W.cols}, ${W.rows}), ${ptAct[act]}`).join(',\n    ');
  return {
    numpy: [
      'import numpy as np',
      '',
      'def f(z):',
      `    return ${npAct[act]}`,
      '',
      `Ws = [  # sizes ${v.sizes.join('-')}, rows = neurons, columns = inputs`,
      ...Ws,
      ']',
      `a = np.array(${x})  # x`,
      'for W in Ws:',
      '    a = f(W @ a + np.zeros(W.shape[0]))  # biases are 0 here',
      `print(a)  # ≈ [${py(out)}]`,
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      'net = torch.nn.Sequential(',
      `    ${layers},`,
      ')',
      'with torch.no_grad():',
      `    for layer, W in zip(net[::2], [${v.weights.map((W) => rows(W.data, W.rows, W.cols)).join(', ')}]):`,
      '        layer.weight.copy_(torch.tensor(W))',
      '        layer.bias.zero_()',
      `print(net(torch.tensor(${x})))  # ≈ [${py(out)}]`,
    ].join('\n'),
  };
}
