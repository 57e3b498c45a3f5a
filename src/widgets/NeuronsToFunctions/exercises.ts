import { defineExercises } from '../shared/exercise';
import type { StateOf } from '../shared/params';
import type { nfSchema } from './nfState';
import { createNetwork, createTraining, learningRate, meanSquaredError } from './nfMath';

type NfState = StateOf<typeof nfSchema>;

const cache = new Map<string, number>();

/**
 * The mean squared error of the network a state describes: built from its seed and trained its
 * `steps` gradient-descent steps, exactly as the widget does (hand edits are not part of the state).
 */
export function mseOfState(s: NfState): number {
  const key = `${s.n}|${s.act}|${s.target}|${s.seed}|${s.steps}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const mlp = createNetwork(s.n, s.act, s.seed);
  createTraining(mlp, s.target, learningRate[s.act], s.seed).step(s.steps);
  const mse = meanSquaredError(mlp, s.target);
  if (cache.size > 50) cache.clear();
  cache.set(key, mse);
  return mse;
}

export const exercises = defineExercises<NfState>([
  {
    id: 'neurons-fit-sine',
    widget: 'neurons-to-functions',
    prompt: 'With the sine as the target, get the mean squared error below 0.01.',
    check: (s) => s.target === 'sine' && s.steps > 0 && mseOfState(s) < 0.01,
    hint: 'Press Train a few times. If the error stalls, try more hidden units N, or another activation.',
    solution: 'With the default six tanh units, two presses of Train (1,000 steps) bring the error well below 0.01.',
  },
]);

export default exercises;
