import type { Trainable } from './params';

export const WIDTH = 560;
export const HEIGHT = 300;
export const RADIUS = 30;

/** Where each unit sits: inputs left, the hidden layer in the middle, the output right. */
export const nodes = {
  x1: { cx: 60, cy: 90 },
  x2: { cx: 60, cy: 220 },
  h1: { cx: 280, cy: 90 },
  h2: { cx: 280, cy: 220 },
  out: { cx: 490, cy: 155 },
} as const;
export type NodeName = keyof typeof nodes;

/** Each weight as an edge of the graph, and the backward step at which its gradient is found. */
export const edges: { key: Exclude<Trainable, 'b2' | 'b1_1' | 'b1_2'>; from: NodeName; to: NodeName; step: number }[] = [
  { key: 'w1_11', from: 'x1', to: 'h1', step: 2 },
  { key: 'w1_12', from: 'x2', to: 'h1', step: 2 },
  { key: 'w1_21', from: 'x1', to: 'h2', step: 3 },
  { key: 'w1_22', from: 'x2', to: 'h2', step: 3 },
  { key: 'w2_1', from: 'h1', to: 'out', step: 1 },
  { key: 'w2_2', from: 'h2', to: 'out', step: 1 },
];

/** The unit whose δ a backward step finds: 1 the output, 2 and 3 hidden units 1 and 2. */
export const unitOfStep: Record<1 | 2 | 3, NodeName> = { 1: 'out', 2: 'h1', 3: 'h2' };

/** Where along an edge its label sits: nearer the receiving unit, where edges into one unit fan apart. */
export function labelAt(from: NodeName, to: NodeName, t = 0.62) {
  const a = nodes[from], b = nodes[to];
  return { x: a.cx + (b.cx - a.cx) * t, y: a.cy + (b.cy - a.cy) * t };
}

/** Weight change per pixel of vertical drag: the full ±10 range over 400 px. */
export const WEIGHT_PER_PIXEL = 0.05;
