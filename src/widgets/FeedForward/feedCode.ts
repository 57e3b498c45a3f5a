import type { CodeSnippets } from '../shared/CodePanel';
import type { ActivationName } from '../../core';
import { numpyActivation, torchModule } from '../shared/activationNames';
import { matrixRows } from '../shared/matrixTex';
import { pyList, pyMatrix, torchTensor } from '../shared/python';
import type { FeedValues } from './feedMath';

/**
 * The current network in NumPy and PyTorch, with the figure's own weights (it rounds them to 3
 * decimals), printing the output and the parameter count the figure shows.
 */
export function feedCode(v: FeedValues, act: ActivationName): CodeSnippets {
  const Ws = v.weights.map((W) => pyMatrix(matrixRows(W)));
  const x = pyList(v.as[0]);
  const layers = v.weights.map((W) => `    nn.Linear(${W.cols}, ${W.rows}), ${torchModule[act]},`);
  return {
    numpy: [
      'import numpy as np',
      '',
      'def f(z):',
      `    return ${numpyActivation[act]}`,
      '',
      `Ws = [  # sizes ${v.sizes.join('-')}, rows = neurons, columns = inputs`,
      ...Ws.map((W) => `    np.array(${W}),`),
      ']',
      `a = np.array(${x})  # x`,
      'for W in Ws:',
      '    a = f(W @ a)  # + b, which is 0 here',
      'print("output =", a)',
      'print("parameters =", sum(W.size + len(W) for W in Ws))  # weights, and one bias per neuron',
    ].join('\n'),
    pytorch: [
      'import torch',
      'from torch import nn',
      '',
      'net = nn.Sequential(',
      ...layers,
      ')',
      `Ws = [${Ws.join(', ')}]`,
      'with torch.no_grad():',
      '    for layer, W in zip(net[::2], Ws):',
      `        layer.weight.copy_(${torchTensor('W')})`,
      '        layer.bias.zero_()',
      `print("output =", net(${torchTensor(x)}))`,
      'print("parameters =", sum(p.numel() for p in net.parameters()))',
    ].join('\n'),
  };
}
