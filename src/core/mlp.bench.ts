import { bench, describe } from 'vitest';
import { makeDataset } from './datasets';
import { createMlp } from './mlp';
import { backward } from './mlpBackward';
import { forward } from './mlpForward';
import { createRng } from './rng';
import { createTrainer } from './train';

const { X, y } = makeDataset('circles', 256, 0.05, 1);
const net = () => createMlp({ sizes: [2, 8, 8, 1], activation: 'tanh', init: 'xavier', seed: 3 });

describe('2-8-8-1 tanh, 256 points, one full pass (target ≥ 5,000/s)', () => {
  const a = net();
  bench('forward + backward (allocating API)', () => {
    backward(a, forward(a, X), y);
  });
  const b = net();
  const rngB = createRng(4);
  const trainerB = createTrainer(b, 256);
  bench('Trainer.epoch, batchSize 256 (one step)', () => {
    trainerB.epoch(X, y, 0.01, rngB);
  });
  const c = net();
  const rngC = createRng(5);
  const trainerC = createTrainer(c, 32);
  bench('Trainer.epoch, batchSize 32 (8 steps)', () => {
    trainerC.epoch(X, y, 0.01, rngC);
  });
  const d = net();
  const trainer = createTrainer(d, 16);
  const rngD = createRng(6);
  bench('Trainer.epoch, batchSize 16 (16 steps)', () => {
    trainer.epoch(X, y, 0.01, rngD);
  });
});
