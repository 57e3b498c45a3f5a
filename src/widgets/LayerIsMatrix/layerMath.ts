import { createRng, matVec, sampleWeights, type Matrix } from '../../core';
import { divergingColor } from '../../components/plot/colorRamps';
import type { LayerState } from './params';

/**
 * A layer of nOut neurons on nIn inputs: W by the core's Xavier sampler (seed), rounded to 3
 * decimals so the weights shown (and written into the code) are the weights used; inputs x in
 * [−1, 1] rounded to one decimal (seed + 1, so they read easily); every bias equal to b.
 */
export function layerValues({ nIn, nOut, b, seed, row }: LayerState) {
  const W: Matrix = { rows: nOut, cols: nIn, data: sampleWeights('xavier', nIn, nOut, seed).map((w) => Math.round(w * 1000) / 1000 || 0) };
  const rng = createRng(seed + 1);
  const x = new Float64Array(nIn);
  for (let k = 0; k < nIn; k++) x[k] = Math.round(rng.uniform() * 20 - 10) / 10 || 0;
  const bias = new Float64Array(nOut).fill(b);
  const z = matVec(W, x).map((v, j) => v + bias[j]);
  let maxAbs = 0;
  for (const w of W.data) maxAbs = Math.max(maxAbs, Math.abs(w));
  /** The neuron written out, 0-based. */
  const picked = Math.min(row, nOut) - 1;
  return { W, x, bias, z, parameters: nOut * nIn + nOut, maxAbs, picked };
}

export type LayerValues = LayerState & ReturnType<typeof layerValues>;

/** Cell colours for a weight: a diverging ramp (blue negative, red positive) and readable text on it. */
export function cellColors(maxAbs: number): (w: number) => { background: string; color: string } {
  const ramp = divergingColor(maxAbs);
  return (w) => {
    const [r, g, b] = ramp(w);
    const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    return { background: `rgb(${r}, ${g}, ${b})`, color: luminance > 0.55 ? '#1c1c1e' : '#ffffff' };
  };
}
