/**
 * The loss of one sigmoid neuron a = σ(w·x + b) against a target y as its weights move: squared
 * error ½(a − y)² (its gradient is neuronGradient's) or binary cross-entropy (from the logit, so
 * it stays finite where a rounds to 0 or 1), and where the loss along one weight is lowest.
 */
import { neuron } from './activations';
import { bceWithLogits, bceWithLogitsDerivative, type LossName } from './losses';
import { neuronGradient } from './neuronGradient';

export interface NeuronLoss {
  z: number;
  a: number;
  L: number;
  /** ∂L/∂wᵢ for each weight. */
  dLdw: Float64Array;
}

export function sigmoidNeuronLoss(w: ArrayLike<number>, x: ArrayLike<number>, b: number, y: number, loss: LossName): NeuronLoss {
  if (loss === 'mse') {
    const g = neuronGradient(w, x, b, y, 'sigmoid');
    return { z: g.z, a: g.a, L: g.loss, dLdw: g.dLdw };
  }
  const { z, a } = neuron(w, x, b, 'sigmoid');
  // ∂L/∂z = σ(z) − y: the chain rule's a(1 − a) cancels against ∂L/∂a = (a − y) / (a(1 − a)).
  const dLdz = bceWithLogitsDerivative(z, y);
  return { z, a, L: bceWithLogits(z, y), dLdw: Float64Array.from(x, (xi) => dLdz * xi) };
}

/**
 * The value of weight i in [lo, hi] where the loss is lowest, everything else held. Both losses
 * fall as a nears y and σ rises with z, so along the weight the loss has one valley, where
 * σ(z) = y: z* = ln(y / (1 − y)) and wᵢ* = (z* − (z − wᵢxᵢ)) / xᵢ. For y = 0 or 1 the valley lies
 * at infinity and the lowest point is the end nearer to it; for xᵢ = 0 the loss is flat.
 */
export function lossMinimizer(w: ArrayLike<number>, x: ArrayLike<number>, b: number, y: number, i: number, lo: number, hi: number): number {
  if (x[i] === 0) return Math.min(hi, Math.max(lo, w[i]));
  const rest = neuron(w, x, b, 'linear').z - w[i] * x[i];
  const zStar = Math.log(y) - Math.log1p(-y);
  return Math.min(hi, Math.max(lo, (zStar - rest) / x[i]));
}
