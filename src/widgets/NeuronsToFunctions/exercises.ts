import { defineExercises } from '../shared/exercise';
import type { StateOf } from '../shared/params';
import type { nfSchema } from './nfState';
import type { Mlp } from '../../core';
import { createNetwork, createTraining, learningRate, meanSquaredError, type Training } from './nfMath';

type NfState = StateOf<typeof nfSchema>;

/** The last replay, continued when the next state only adds steps (each Train press then costs 500 steps, not all). */
let replay: { key: string; done: number; mlp: Mlp; training: Training } | null = null;

/**
 * The mean squared error of the network a state describes: built from its seed and trained its
 * `steps` gradient-descent steps, exactly as the widget does (hand edits are not part of the state).
 */
export function mseOfState(s: NfState): number {
  const key = `${s.n}|${s.act}|${s.target}|${s.seed}`;
  if (!replay || replay.key !== key || replay.done > s.steps) {
    const mlp = createNetwork(s.n, s.act, s.seed);
    replay = { key, done: 0, mlp, training: createTraining(mlp, s.target, learningRate[s.act], s.seed) };
  }
  replay.training.step(s.steps - replay.done);
  replay.done = s.steps;
  return meanSquaredError(replay.mlp, s.target);
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
