/**
 * The essay's running example, from chapter 1 on: a neuron with inputs x = (2, 3), weights
 * w = (0.5, −0.2) and bias b = 0.1, so z = 0.5·2 − 0.2·3 + 0.1 = 0.5 and a = σ(0.5) ≈ 0.622.
 */
export const exampleNeuron = { x: [2, 3], w: [0.5, -0.2], b: 0.1 } as const;

/**
 * The essay's example layer, from chapter 4 on: two neurons on three inputs, W (2 × 3) one
 * possible Xavier draw, and the input x = (1, 2, 3), so Wx = (0.314 − 0.174 + 1.23,
 * 0.963 − 0.296 − 0.444) = (1.37, 0.223).
 */
export const exampleLayer = {
  W: [
    [0.314, -0.087, 0.41],
    [0.963, -0.148, -0.148],
  ],
  x: [1, 2, 3],
} as const;

/**
 * The essay's example network, from the chapter on backpropagation through a network on: 2 inputs,
 * 2 hidden sigmoid units, 1 sigmoid output. Hidden unit 1 is the running neuron (w = (0.5, −0.2),
 * b = 0.1), so at x = (2, 3) its z is 0.5 again; the target is y = 1 and the learning rate η = 0.5.
 */
export const exampleNetwork = {
  x: [2, 3],
  layers: [
    { W: [[0.5, -0.2], [-0.3, 0.4]], b: [0.1, 0] },
    { W: [[0.8, -0.5]], b: [0.2] },
  ],
  y: [1],
  eta: 0.5,
} as const;
