import type { OracleView } from '../../test/oracle';
import { drawStrokes } from './drawing';
import type { DigitsState } from './params';

/**
 * MNIST's preprocessing by hand, from the drawing's text: the ink's bounding box, the scale that
 * makes its longer side 20, each target pixel the mean of 4 × 4 bilinear samples of the box,
 * a whole-pixel shift that puts the centre of mass nearest (14, 14), grey levels rounded.
 */
export function preprocessByHand(text: string): { box: [number, number] | null; scale: number; grey: number[] } {
  const img = [...text].map((h) => (parseInt(h, 16) * 17) / 255);
  const ink: [number, number][] = [];
  img.forEach((v, i) => { if (v > 0) ink.push([Math.floor(i / 28), i % 28]); });
  const grey = new Array<number>(784).fill(0);
  if (ink.length === 0) return { box: null, scale: 1, grey };
  const r0 = Math.min(...ink.map((p) => p[0])), r1 = Math.max(...ink.map((p) => p[0]));
  const c0 = Math.min(...ink.map((p) => p[1])), c1 = Math.max(...ink.map((p) => p[1]));
  const h = r1 - r0 + 1, w = c1 - c0 + 1, scale = 20 / Math.max(h, w);
  const sh = Math.max(1, Math.round(h * scale)), sw = Math.max(1, Math.round(w * scale));
  const px = (r: number, c: number) => (r < 0 || c < 0 || r > 27 || c > 27 ? 0 : img[r * 28 + c]);
  const bilinear = (r: number, c: number) => {
    const i = Math.floor(r), j = Math.floor(c), fr = r - i, fc = c - j;
    return (1 - fr) * ((1 - fc) * px(i, j) + fc * px(i, j + 1)) + fr * ((1 - fc) * px(i + 1, j) + fc * px(i + 1, j + 1));
  };
  const small: number[][] = [];
  let mass = 0, mr = 0, mc = 0;
  for (let i = 0; i < sh; i++) {
    small.push([]);
    for (let j = 0; j < sw; j++) {
      let v = 0;
      for (let a = 0; a < 4; a++) for (let b = 0; b < 4; b++) v += bilinear(r0 + ((i + (a + 0.5) / 4) * h) / sh - 0.5, c0 + ((j + (b + 0.5) / 4) * w) / sw - 0.5);
      v /= 16;
      small[i].push(v);
      mass += v; mr += v * (i + 0.5); mc += v * (j + 0.5);
    }
  }
  const top = Math.min(28 - sh, Math.max(0, Math.round(14 - mr / mass)));
  const left = Math.min(28 - sw, Math.max(0, Math.round(14 - mc / mass)));
  small.forEach((row, i) => row.forEach((v, j) => { grey[(top + i) * 28 + left + j] = Math.round(255 * Math.min(1, v)); }));
  return { box: [h, w], scale, grey };
}

/**
 * What the figure shows before its network has arrived (as in a test, where nothing is fetched):
 * the equations in symbols with the layer's input size 784, the preprocessing's numbers, and
 * what the NumPy snippet prints from the inputs written into it. The loaded figure — softmax,
 * cross-entropy and prediction against a plain forward pass — is checked in HandwrittenDigits.test.tsx.
 */
export function oracle(s: DigitsState): OracleView {
  const { box, scale, grey } = preprocessByHand(s.drawing);
  const x = grey.map((g) => g / 255);
  return {
    equations: [
      // z⁽¹⁾ = W⁽¹⁾x + b⁽¹⁾; (n × 1) = (n × 784)(784 × 1) + (n × 1)
      [1, 1, 1, 1, 784, 784, 1, 1],
      // p_k = e^{z_k} / Σ_{j=0}^{9} e^{z_j}
      [0, 9],
      [],
    ],
    readouts: {
      Prediction: 'no network yet',
      'Test accuracy': 'no network yet',
      epoch: 0,
      'ink box': box ? `${box[0]} × ${box[1]}` : 'none',
      scale: box ? scale : 1,
    },
    printed: {
      'inputs with ink': x.filter((v) => v > 0).length,
      'x sum': Math.round(x.reduce((a, b) => a + b, 0) * 1000) / 1000,
    },
  };
}

const LR_STEPS = 6;

/** Random drawings of one to three strokes (or nothing), and any y, hidden units and rate. */
export function sample(random: () => number, defaults: DigitsState): DigitsState {
  const cell = () => Math.floor(random() * 28);
  const strokes = Array.from({ length: Math.floor(random() * 4) }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => [cell(), cell()] as const));
  return {
    ...defaults,
    drawing: drawStrokes(strokes),
    y: Math.floor(random() * 10),
    hidden: 16 * (1 + Math.floor(random() * 8)),
    rate: Math.floor(random() * LR_STEPS),
  };
}
