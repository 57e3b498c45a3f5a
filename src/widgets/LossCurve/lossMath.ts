import { neuron } from '../../core';
import { bceWithLogits, bceWithLogitsDerivative, squaredError } from '../../core';
import { neuronGradient } from '../../core';
import { formatNumber } from '../../components/format';

/** The chapter-7 neuron's fixed parts: x = (2, 3), b = 0.1, sigmoid. */
export const EXAMPLE = { x1: 2, x2: 3, b: 0.1 } as const;

export type LossKind = 'mse' | 'bce';
export type WeightName = 'w1' | 'w2';

export interface LossInputs {
  w1: number;
  w2: number;
  y: number;
  loss: LossKind;
}

/**
 * z = w1·2 + w2·3 + 0.1, a = σ(z), and the loss of a against the target y:
 * squared error ½(a − y)², or binary cross-entropy −y ln a − (1 − y) ln(1 − a) (from z, so it
 * stays finite even when a rounds to 0 or 1).
 */
export function neuronLoss({ w1, w2, y, loss }: LossInputs): { z: number; a: number; L: number } {
  const { z, a } = neuron([w1, w2], [EXAMPLE.x1, EXAMPLE.x2], EXAMPLE.b, 'sigmoid');
  return { z, a, L: loss === 'mse' ? squaredError(a, y) : bceWithLogits(z, y) };
}

/**
 * The exact slope ∂L/∂wᵢ by the chain rule: squared error (a − y)·a(1 − a)·xᵢ,
 * cross-entropy (a − y)·xᵢ (the a(1 − a) cancels).
 */
export function lossSlope(s: LossInputs, which: WeightName): number {
  const xi = which === 'w1' ? EXAMPLE.x1 : EXAMPLE.x2;
  if (s.loss === 'mse') {
    const g = neuronGradient([s.w1, s.w2], [EXAMPLE.x1, EXAMPLE.x2], EXAMPLE.b, s.y, 'sigmoid');
    return g.dLdw[which === 'w1' ? 0 : 1];
  }
  const { z } = neuronLoss(s);
  return bceWithLogitsDerivative(z, s.y) * xi;
}

/** L as one weight sweeps lo…hi with the other weight and the target held. */
export function lossCurve(s: LossInputs, which: WeightName, lo = -3, hi = 3, steps = 121) {
  const ws = new Float64Array(steps);
  const Ls = new Float64Array(steps);
  for (let i = 0; i < steps; i++) {
    const w = lo + ((hi - lo) * i) / (steps - 1);
    ws[i] = w;
    Ls[i] = neuronLoss({ ...s, [which]: w }).L;
  }
  return { ws, Ls };
}

export const lossLabels: Record<LossKind, string> = { mse: 'squared error', bce: 'cross-entropy' };

/** Plot y-range: [0, a round ceiling of the curve's maximum] (never degenerate). */
export function lossDomain(Ls: ArrayLike<number>): [number, number] {
  let hi = 0;
  for (let i = 0; i < Ls.length; i++) if (Number.isFinite(Ls[i])) hi = Math.max(hi, Ls[i]);
  if (hi <= 0.5) return [0, 0.5];
  if (hi <= 1) return [0, 1];
  return [0, Math.ceil(hi)];
}

/** Where the curve is lowest: its w and L (the first minimum on the grid). */
export function curveMinimum(ws: ArrayLike<number>, Ls: ArrayLike<number>): { w: number; L: number } {
  let best = 0;
  for (let i = 1; i < Ls.length; i++) if (Ls[i] < Ls[best]) best = i;
  return { w: ws[best], L: Ls[best] };
}

export const f3 = (x: number) => formatNumber(x);
