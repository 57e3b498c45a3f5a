/**
 * The essay's running example, from chapter 1 on: a neuron with inputs x = (2, 3), weights
 * w = (0.5, −0.2) and bias b = 0.1, so z = 0.5·2 − 0.2·3 + 0.1 = 0.5 and a = σ(0.5) ≈ 0.622.
 */
export const exampleNeuron = { x: [2, 3], w: [0.5, -0.2], b: 0.1 } as const;
