import { fitError } from '../../core';
import { defineExercises } from '../shared/exercise';
import { fitOfState } from './fitReplay';
import type { NfState } from './params';

/**
 * The mean squared error of the network a state describes: built from its seed and trained its
 * `steps` gradient-descent steps, exactly as the widget does (hand edits are not part of the state).
 */
export const mseOfState = (s: NfState): number => fitError(fitOfState(s), s.target);

export const exercises = defineExercises<NfState>([
  {
    id: 'neurons-fit-sine',
    widget: 'neurons-to-functions',
    prompt: 'With the sine as the target, get the mean squared error below 0.01.',
    check: (s) => s.target === 'sine' && s.steps > 0 && mseOfState(s) < 0.01,
    hint: 'Press Train a few times. If the error stalls, try more hidden units n, or another activation.',
    solution: 'With the default six tanh units, two presses of Train (1,000 steps) bring the error well below 0.01.',
  },
]);

export default exercises;
