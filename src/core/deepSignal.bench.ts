import { bench, describe } from 'vitest';
import { deepSignal } from './deepSignal';

describe('deepSignal 20 layers × width 256 × batch 256 (forward + backward)', () => {
  bench('tanh, xavier', () => {
    deepSignal({ layers: 20, width: 256, batch: 256, activation: 'tanh', init: 'xavier', seed: 1 });
  }, { iterations: 5, time: 0 });
  bench('relu, he', () => {
    deepSignal({ layers: 20, width: 256, batch: 256, activation: 'relu', init: 'he', seed: 1 });
  }, { iterations: 5, time: 0 });
  bench('tanh, xavier, batch 32 (8,192 values per layer)', () => {
    deepSignal({ layers: 20, width: 256, batch: 32, activation: 'tanh', init: 'xavier', seed: 1 });
  }, { iterations: 10, time: 0 });
});
