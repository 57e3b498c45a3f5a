import { activations, createMlp, matVec, parameterCount, type Matrix } from '../../core';
import type { FeedState } from './params';
import type { NodeRef } from './selection';

export interface FeedValues {
  /** Layer widths, input first: [2, width × depth, 1]. */
  sizes: number[];
  /** weights[l - 1]: sizes[l] × sizes[l - 1], into layer l (l = 1…L). */
  weights: Matrix[];
  biases: Float64Array[];
  /** zs[l - 1] = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾. */
  zs: Float64Array[];
  /** as[0] = x, as[l] = f(zs[l - 1]). */
  as: Float64Array[];
  parameters: number;
  maxAbsWeight: number;
}

/**
 * A small feed-forward network: weights by the core's createMlp (Xavier, seeded, biases 0),
 * rounded to 3 decimals so the weights the figure and the code show are the weights it uses;
 * then layer by layer a⁽ˡ⁾ = f(W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾) with matVec, the same f on every layer (the output too).
 */
export function feedValues({ x1, x2, width, depth, act, seed }: FeedState): FeedValues {
  const sizes = [2, ...Array.from({ length: depth }, () => width), 1];
  const mlp = createMlp({ sizes, activation: act, init: 'xavier', seed });
  const weights = mlp.weights.map((W) => ({ ...W, data: W.data.map((w) => Math.round(w * 1000) / 1000 || 0) }));
  const f = activations[act].f;
  const as: Float64Array[] = [Float64Array.from([x1, x2])];
  const zs: Float64Array[] = [];
  for (let l = 0; l < weights.length; l++) {
    const z = matVec(weights[l], as[l]).map((v, j) => v + mlp.biases[l][j]);
    zs.push(z);
    as.push(z.map(f));
  }
  let maxAbsWeight = 0;
  for (const W of weights) for (const w of W.data) maxAbsWeight = Math.max(maxAbsWeight, Math.abs(w));
  return { sizes, weights, biases: mlp.biases, zs, as, parameters: parameterCount(mlp), maxAbsWeight };
}

/** The picked node while it exists; the output node otherwise (nothing picked, or a layer gone). */
export function selectedNode(sizes: readonly number[], picked: NodeRef | null): NodeRef {
  return picked && picked.l < sizes.length && picked.j < sizes[picked.l] ? picked : { l: sizes.length - 1, j: 0 };
}

/** The accessible name of a node: "input 1: x1 = 2", "layer 1, neuron 2: a = 0.73", "layer 3 (output), neuron 1: …". */
export function nodeName(sizes: readonly number[], l: number, j: number, value: string): string {
  if (l === 0) return `input ${j + 1}: x${j + 1} = ${value}`;
  const output = l === sizes.length - 1 ? ' (output)' : '';
  return `layer ${l}${output}, neuron ${j + 1}: a = ${value}`;
}

export interface NodeLayout { l: number; j: number; cx: number; cy: number }

/** Node centres in a width × height box: layers in evenly spaced columns, neurons centred in each. */
export function layoutNodes(sizes: readonly number[], width: number, height: number, pad: number): NodeLayout[] {
  const out: NodeLayout[] = [];
  const cols = sizes.length;
  const tallest = Math.max(...sizes);
  const rowGap = (height - 2 * pad) / Math.max(1, tallest - 1);
  sizes.forEach((n, l) => {
    const cx = cols === 1 ? width / 2 : pad + (l * (width - 2 * pad)) / (cols - 1);
    for (let j = 0; j < n; j++) out.push({ l, j, cx, cy: height / 2 + (j - (n - 1) / 2) * rowGap });
  });
  return out;
}
