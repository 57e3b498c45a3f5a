import { formatPercent } from '../../components/format';
import type { Trend } from './deepInitMath';
import { significant as f } from './shownNumbers';

/** One sentence naming what the activations do, from the numbers. */
export function signalSentence(trend: Trend, ratio: number, layers: number, saturated: number): string {
  const r = `Var(a) at layer ${layers} is ${f(ratio)} times Var(a) at layer 1`;
  switch (trend) {
    case 'vanishing': return `Vanishing: ${r}; the signal fades towards 0 layer by layer.`;
    case 'exploding': return `Exploding: ${r}; the signal blows up layer by layer.`;
    case 'saturating': return `Saturating: ${formatPercent(saturated)} of the last layer's outputs sit within 0.01 of ±1, where tanh is flat.`;
    case 'shrinking': return `Shrinking slowly: ${r}.`;
    case 'growing': return `Growing slowly: ${r}.`;
    case 'steady': return `Steady: ${r}.`;
  }
}

/** The same for the gradients, which travel from the last layer back to the first. */
export function gradientSentence(trend: Trend, ratio: number, layers: number): string {
  const r = `the gradient's variance at layer 1 is ${f(ratio)} times that at layer ${layers}`;
  switch (trend) {
    case 'vanishing': return `Gradients vanish on the way back: ${r}, so the first layers would barely learn.`;
    case 'exploding': return `Gradients explode on the way back: ${r}, so the first layers would take wild steps.`;
    case 'shrinking': return `Gradients shrink slowly on the way back: ${r}.`;
    case 'growing': return `Gradients grow slowly on the way back: ${r}.`;
    default: return `Gradients keep their size on the way back: ${r}.`;
  }
}

/** Why the two schemes pair with the two activations. */
export function pairingSentence(init: string, act: 'tanh' | 'relu'): string {
  if (init === 'xavier' && act === 'tanh') return 'Xavier suits tanh: near 0 tanh passes values almost unchanged, so n_in·Var(w) ≈ 1 keeps the spread.';
  if (init === 'he' && act === 'relu') return 'He suits ReLU: ReLU zeroes about half of the values and so halves the variance; He doubles Var(w) to make up for it.';
  if (init === 'xavier' && act === 'relu') return 'Xavier with ReLU loses half the variance at every layer, because ReLU zeroes about half of the values; He doubles Var(w) to fix that.';
  if (init === 'he' && act === 'tanh') return 'He with tanh gives each layer twice the variance Xavier would, so values drift towards the flat ends of tanh.';
  return 'Xavier suits tanh (n_in·Var(w) ≈ 1) and He suits ReLU (twice that, because ReLU zeroes half the values).';
}
