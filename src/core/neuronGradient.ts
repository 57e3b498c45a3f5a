/**
 * Backpropagation by hand for one neuron a = f(w·x + b) with the squared error L = ½(a − y)²:
 * the chain rule ∂L/∂wᵢ = ∂L/∂a · ∂a/∂z · ∂z/∂wᵢ, one factor at a time.
 */
import { activations, neuron, sigmoid } from './activations';
import type { ActivationName } from './activations';

export interface NeuronGradient {
  z: number;
  a: number;
  /** L = ½(a − y)² */
  loss: number;
  /** ∂L/∂a = a − y */
  dLda: number;
  /** ∂a/∂z = f'(z) (sigmoid: a(1 − a)) */
  dadz: number;
  /** ∂L/∂z = ∂L/∂a · ∂a/∂z */
  dLdz: number;
  /** ∂L/∂wᵢ = ∂L/∂z · xᵢ (length n) */
  dLdw: Float64Array;
  /** ∂L/∂b = ∂L/∂z · 1 */
  dLdb: number;
}

/** Every factor of the gradient of ½(f(w·x + b) − y)² for w, x of length n (mismatch → RangeError). */
export function neuronGradient(
  w: ArrayLike<number>,
  x: ArrayLike<number>,
  b: number,
  y: number,
  activation: ActivationName,
): NeuronGradient {
  const { z, a } = neuron(w, x, b, activation);
  // For the sigmoid 1 − a = σ(−z), but 1 − a computed from a keeps only the digits a has left
  // (none beyond z ≈ 36.7, where a is 1.0), and with them go a − y near y = 1, a(1 − a) and every
  // gradient. So a − y = (1 − y) − σ(−z) for y ≥ ½ and a(1 − a) = a·σ(−z).
  const isSigmoid = activation === 'sigmoid';
  const dLda = isSigmoid && y >= 0.5 ? 1 - y - sigmoid(-z) : a - y;
  const dadz = isSigmoid ? a * sigmoid(-z) : activations[activation].df(z);
  const dLdz = dLda * dadz;
  const dLdw = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) dLdw[i] = dLdz * x[i];
  return { z, a, loss: 0.5 * dLda * dLda, dLda, dadz, dLdz, dLdw, dLdb: dLdz };
}

/** One gradient-descent step: w ← w − η ∂L/∂w, b ← b − η ∂L/∂b (new arrays; inputs untouched). */
export function neuronStep(
  w: ArrayLike<number>,
  x: ArrayLike<number>,
  b: number,
  y: number,
  activation: ActivationName,
  eta: number,
): { w: Float64Array; b: number } {
  const g = neuronGradient(w, x, b, y, activation);
  const next = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) next[i] = w[i] - eta * g.dLdw[i];
  return { w: next, b: b - eta * g.dLdb };
}
