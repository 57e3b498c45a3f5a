import { choice, int, num } from '../shared/params';

/**
 * A 2-3-3-1 network on the chapter-7 inputs x = (2, 3): two hidden layers of three sigmoid
 * neurons and one output neuron, Xavier weights from seed 42, biases 0.
 */
export const feedSchema = {
  x1: num(-5, 5, 2),
  x2: num(-5, 5, 3),
  width: int(1, 5, 3),
  depth: int(1, 3, 2),
  act: choice(['sigmoid', 'relu', 'tanh'] as const, 'sigmoid'),
  seed: int(0, 1_000_000, 42),
};

export const activationLabels = { sigmoid: 'sigmoid', relu: 'ReLU', tanh: 'tanh' } as const;
