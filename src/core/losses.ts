/**
 * Losses for one output and one target, with derivatives with respect to what the network
 * produces (the activation a, or the logit z).
 */
import { sigmoid } from './activations';

export type LossName = 'mse' | 'bce';

/** Squared error L = ½(a − y)². */
export function squaredError(a: number, y: number): number {
  const d = a - y;
  return 0.5 * d * d;
}

/** ∂L/∂a of the squared error: a − y. */
export function squaredErrorDerivative(a: number, y: number): number {
  return a - y;
}

/**
 * Binary cross-entropy of the probability σ(z), from the logit z and a target y ∈ [0, 1]:
 * L = −y ln σ(z) − (1 − y) ln(1 − σ(z)) = max(z, 0) − z·y + ln(1 + e^{−|z|}).
 * The right-hand form never overflows and never takes ln 0 (finite for every finite z).
 */
export function bceWithLogits(z: number, y: number): number {
  return Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
}

/** ∂L/∂z of bceWithLogits: σ(z) − y. */
export function bceWithLogitsDerivative(z: number, y: number): number {
  return sigmoid(z) - y;
}
