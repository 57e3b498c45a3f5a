import type { Trainable } from './params';

export const WIDTH = 480;
export const HEIGHT = 330;
export const RADIUS = 30;

/** Where each unit sits: inputs left, the hidden layer in the middle, the output right. */
export const nodes = {
  x1: { cx: 45, cy: 75 },
  x2: { cx: 45, cy: 255 },
  h1: { cx: 240, cy: 75 },
  h2: { cx: 240, cy: 255 },
  out: { cx: 428, cy: 165 },
} as const;
export type NodeName = keyof typeof nodes;

/** Each weight as an edge of the graph, and the backward step at which its gradient is found. */
// `at`: where along the edge its labels sit. The two edges that cross are labelled near their
// inputs, where they are still far apart; the others halfway.
export const edges: { key: Exclude<Trainable, 'b2' | 'b1_1' | 'b1_2'>; from: NodeName; to: NodeName; step: number; at: number }[] = [
  { key: 'w1_11', from: 'x1', to: 'h1', step: 2, at: 0.55 },
  { key: 'w1_12', from: 'x2', to: 'h1', step: 2, at: 0.3 },
  { key: 'w1_21', from: 'x1', to: 'h2', step: 3, at: 0.3 },
  { key: 'w1_22', from: 'x2', to: 'h2', step: 3, at: 0.55 },
  { key: 'w2_1', from: 'h1', to: 'out', step: 1, at: 0.5 },
  { key: 'w2_2', from: 'h2', to: 'out', step: 1, at: 0.5 },
];

/** The unit whose δ a backward step finds: 1 the output, 2 and 3 hidden units 1 and 2. */
export const unitOfStep: Record<1 | 2 | 3, NodeName> = { 1: 'out', 2: 'h1', 3: 'h2' };

/** The point a fraction t of the way along an edge. */
export function labelAt(from: NodeName, to: NodeName, t: number) {
  const a = nodes[from], b = nodes[to];
  return { x: a.cx + (b.cx - a.cx) * t, y: a.cy + (b.cy - a.cy) * t };
}

/** Weight change per pixel of vertical drag: the full ±10 range over 400 px. */
export const WEIGHT_PER_PIXEL = 0.05;
