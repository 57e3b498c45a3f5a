/**
 * What the figure does with one drawing: MNIST's preprocessing (digitPreprocess), the result
 * rounded to grey levels 0–255 as MNIST stores its digits (so the 784 inputs are exactly what a
 * data file would hold), then one forward pass of a 784-H-10 softmax network.
 */
import { DIGIT_PIXELS } from './digitData';
import { preprocessDigit, type Preprocessed } from './digitPreprocess';
import type { Mlp } from './mlp';
import { forwardInto } from './mlpForward';
import { argmax } from './softmax';

export interface DigitReading {
  pre: Preprocessed;
  /** The preprocessed drawing as grey levels 0–255, row by row. */
  grey: Uint8Array;
  /** The network's inputs x = grey / 255. */
  x: Float64Array;
  /** Output logits z (10) and probabilities p = softmax(z); null without a network. */
  z: Float64Array | null;
  p: Float64Array | null;
  /** The digit with the largest probability, or −1 without a network. */
  prediction: number;
  /** Whether the drawing has any ink. */
  inked: boolean;
}

export type PreparedDrawing = Omit<DigitReading, 'z' | 'p' | 'prediction'>;

/** The drawing (grey levels 0–255, 28 × 28) prepared like MNIST: what the network will receive. */
export function prepareDrawing(drawing: ArrayLike<number>): PreparedDrawing {
  const unit = new Float64Array(DIGIT_PIXELS);
  for (let i = 0; i < DIGIT_PIXELS; i++) unit[i] = drawing[i] / 255;
  const pre = preprocessDigit(unit);
  const grey = new Uint8Array(DIGIT_PIXELS), x = new Float64Array(DIGIT_PIXELS);
  for (let i = 0; i < DIGIT_PIXELS; i++) {
    grey[i] = Math.round(255 * pre.pixels[i]);
    x[i] = grey[i] / 255;
  }
  return { pre, grey, x, inked: pre.box !== null };
}

/** A prepared drawing read by a 784-H-10 softmax network (or by none: no probabilities). */
export function readPrepared(prepared: PreparedDrawing, mlp: Mlp | null): DigitReading {
  if (!mlp) return { ...prepared, z: null, p: null, prediction: -1 };
  if (mlp.sizes[0] !== DIGIT_PIXELS) throw new RangeError(`the network takes ${mlp.sizes[0]} inputs, not ${DIGIT_PIXELS}`);
  const zs = mlp.sizes.slice(1).map((n) => new Float64Array(n));
  const as = [prepared.x, ...mlp.sizes.slice(1).map((n) => new Float64Array(n))];
  forwardInto(mlp, prepared.x, 1, zs, as);
  const z = zs[zs.length - 1], p = as[as.length - 1];
  return { ...prepared, z, p, prediction: argmax(p) };
}

/** The drawing prepared like MNIST and read by the network. */
export function readDrawing(drawing: ArrayLike<number>, mlp: Mlp | null): DigitReading {
  return readPrepared(prepareDrawing(drawing), mlp);
}
