/**
 * Why backpropagation is fast: finite differences need two forward passes per parameter (2P),
 * backpropagation one forward and one backward pass for all P at once, and a backward pass costs
 * about what a forward pass does (the same multiply-adds, W instead of its transpose). The passes
 * are timed here on the training core's preallocated buffers, so nothing but the arithmetic is
 * measured.
 */
import { createMlp } from './mlp';
import { forwardInto } from './mlpForward';
import { backwardInto } from './mlpBackward';
import { createRng, fillNormal } from './rng';

/** P = Σₗ (nₗ₋₁ · nₗ + nₗ): every weight and every bias of a network with these layer widths. */
export function parameterCountOf(sizes: readonly number[]): number {
  let p = 0;
  for (let l = 1; l < sizes.length; l++) p += sizes[l - 1] * sizes[l] + sizes[l];
  return p;
}

export interface PassCounts {
  parameters: number;
  /** Forward passes central differences need for the whole gradient: two per parameter. */
  finiteDifferencePasses: number;
  /** Backpropagation: one forward pass and one backward pass. */
  backpropPasses: { forward: 1; backward: 1 };
}

export function passCounts(sizes: readonly number[]): PassCounts {
  const parameters = parameterCountOf(sizes);
  return { parameters, finiteDifferencePasses: 2 * parameters, backpropPasses: { forward: 1, backward: 1 } };
}

export interface PassTimes {
  /** Milliseconds for one forward pass of one example. */
  forwardMs: number;
  /** Milliseconds for one backward pass (the forward pass's values given). */
  backwardMs: number;
  /** How many passes of each kind were timed (the mean is over them). */
  repeats: number;
}

/**
 * Times the passes of a sigmoid network of these widths on one seeded example: each kind is
 * repeated until `budgetMs` has gone by (at least 3 times), so a 0.01 ms pass is timed over
 * thousands of runs and a 5 ms one over a few.
 */
export function timePasses(sizes: readonly number[], now: () => number, budgetMs = 40, seed = 1): PassTimes {
  const mlp = createMlp({ sizes, activation: 'sigmoid', output: 'sigmoid', loss: 'mse', init: 'xavier', seed });
  const x = new Float64Array(sizes[0]);
  fillNormal(createRng(seed + 1), x, 0, 1);
  const y = new Float64Array(sizes[sizes.length - 1]).fill(1);
  const zs = sizes.slice(1).map((n) => new Float64Array(n));
  const as = sizes.map((n) => new Float64Array(n));
  as[0].set(x);
  const deltas = zs.map((z) => new Float64Array(z.length));
  const dW = mlp.weights.map((W) => new Float64Array(W.data.length));
  const db = mlp.biases.map((b) => new Float64Array(b.length));
  const repeat = (pass: () => void) => {
    let n = 0;
    const start = now();
    let elapsed = 0;
    while (n < 3 || elapsed < budgetMs) {
      pass();
      n++;
      elapsed = now() - start;
    }
    return { ms: elapsed / n, n };
  };
  const f = repeat(() => forwardInto(mlp, x, 1, zs, as));
  const b = repeat(() => backwardInto(mlp, zs, as, y, 1, deltas, dW, db));
  return { forwardMs: f.ms, backwardMs: b.ms, repeats: Math.min(f.n, b.n) };
}
