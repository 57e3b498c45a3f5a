/**
 * Activation functions and their derivatives, on plain numbers. Each is written so that a finite
 * input never yields NaN (σ(±1e308) and tanh(±1e308) are finite).
 */
import { assertSameLength } from './validate';

export type ActivationName = 'sigmoid' | 'relu' | 'tanh' | 'linear';

/**
 * Logistic sigmoid σ(z) = 1 / (1 + e^{−z}), computed stably: for z < 0 as e^{z} / (1 + e^{z}),
 * so e^{−z} never overflows.
 */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** σ'(z) = σ(z)(1 − σ(z)). */
export function sigmoidDerivative(z: number): number {
  const s = sigmoid(z);
  return s * (1 - s);
}

/** tanh(z) = (e^{z} − e^{−z}) / (e^{z} + e^{−z}), in (−1, 1). */
export function tanh(z: number): number {
  return Math.tanh(z);
}

/** tanh'(z) = 1 − tanh²(z). */
export function tanhDerivative(z: number): number {
  const t = Math.tanh(z);
  return 1 - t * t;
}

/** ReLU(z) = max(0, z). */
export function relu(z: number): number {
  return z > 0 ? z : 0;
}

/** ReLU'(z) = 1 if z > 0, else 0 (the kink at 0 is given derivative 0). */
export function reluDerivative(z: number): number {
  return z > 0 ? 1 : 0;
}

/** An activation f, its derivative f' (both on numbers) and a label for the reader. */
export interface Activation {
  f(z: number): number;
  df(z: number): number;
  label: string;
}

/** Each activation with its derivative and a label for the reader (linear: f(z) = z, f' = 1). */
export const activations: Record<ActivationName, Activation> = {
  sigmoid: { f: sigmoid, df: sigmoidDerivative, label: 'sigmoid σ(z)' },
  tanh: { f: tanh, df: tanhDerivative, label: 'tanh(z)' },
  relu: { f: relu, df: reluDerivative, label: 'ReLU max(0, z)' },
  linear: { f: (z) => z, df: () => 1, label: 'linear z' },
};

/**
 * One neuron: z = w·x + b = Σᵢ wᵢxᵢ + b, a = f(z). w and x have the same length n
 * (mismatch → RangeError).
 */
export function neuron(
  w: ArrayLike<number>,
  x: ArrayLike<number>,
  b: number,
  activation: ActivationName,
): { z: number; a: number } {
  assertSameLength('w', w, 'x', x);
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i] * x[i];
  return { z, a: activations[activation].f(z) };
}
