import { choice, num } from '../shared/params';

/**
 * One input, one weight, one bias: the chapter-7 neuron cut down to its first input
 * (x = 2, w = 0.5, b = 0.1, sigmoid), so z = 0.5·2 + 0.1 = 1.1 and a = σ(1.1) ≈ 0.750.
 */
export const playgroundSchema = {
  w: num(-3, 3, 0.5),
  b: num(-3, 3, 0.1),
  x: num(-5, 5, 2),
  act: choice(['sigmoid', 'relu', 'tanh'] as const, 'sigmoid'),
};

export type PlaygroundActivation = 'sigmoid' | 'relu' | 'tanh';
export interface PlaygroundState {
  w: number;
  b: number;
  x: number;
  act: PlaygroundActivation;
}

export const activationLabels = { sigmoid: 'sigmoid', relu: 'ReLU', tanh: 'tanh' } as const;
export const X_RANGE = [-5, 5] as const;
