import { sampleWeights } from '../../core';
import { matVec, type Matrix } from '../../core';
import { createRng } from '../../core';
import { divergingColor } from '../../components/plot/colorRamps';

export interface LayerValues {
  nIn: number;
  nOut: number;
  /** nOut × nIn, row j = the weights of neuron j. */
  W: Matrix;
  x: Float64Array;
  bias: Float64Array;
  /** z = Wx + b, length nOut. */
  z: Float64Array;
  /** Weights nOut·nIn plus biases nOut. */
  parameters: number;
  maxAbs: number;
}

/**
 * A layer of nOut neurons on nIn inputs: W by the core's Xavier sampler (seed), inputs x in
 * [−1, 1] rounded to one decimal (seed + 1, so they read easily), every bias equal to b.
 */
export function layerValues(nIn: number, nOut: number, b: number, seed: number): LayerValues {
  const W: Matrix = { rows: nOut, cols: nIn, data: sampleWeights('xavier', nIn, nOut, seed) };
  const rng = createRng(seed + 1);
  const x = new Float64Array(nIn);
  for (let k = 0; k < nIn; k++) x[k] = Math.round(rng.uniform() * 20 - 10) / 10 || 0;
  const bias = new Float64Array(nOut).fill(b);
  const wx = matVec(W, x);
  const z = wx.map((v, j) => v + bias[j]);
  let maxAbs = 0;
  for (const w of W.data) maxAbs = Math.max(maxAbs, Math.abs(w));
  return { nIn, nOut, W, x, bias, z, parameters: nOut * nIn + nOut, maxAbs };
}

/** Cell colours for a weight: a diverging ramp (blue negative, red positive) and readable text on it. */
export function cellColors(maxAbs: number): (w: number) => { background: string; color: string } {
  const ramp = divergingColor(maxAbs);
  return (w) => {
    const [r, g, b] = ramp(w);
    const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    return { background: `rgb(${r}, ${g}, ${b})`, color: luminance > 0.55 ? '#1c1c1e' : '#ffffff' };
  };
}
