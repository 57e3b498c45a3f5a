import { bench, describe } from 'vitest';
import { deepSignal } from './deepSignal';

describe('deepSignal 20 layers × width 256 × batch 256 (forward + backward)', () => {
  bench('tanh, xavier', () => {
    deepSignal({ layers: 20, width: 256, batch: 256, activation: 'tanh', init: 'xavier', seed: 1 });
  }, { iterations: 5, time: 0 });
  bench('relu, he, batch 64', () => {
    deepSignal({ layers: 20, width: 256, batch: 64, activation: 'relu', init: 'he', seed: 1 });
  }, { iterations: 5, time: 0 });
});
