/**
 * Geometry of the neuron diagram (viewBox 560 × 280): pure numbers so they can be tested.
 * An arrow's width grows with |w| (1.5 px at w = 0 up to 7.5 px at |w| = 2); its style follows
 * the sign: positive solid, negative dashed, zero dotted and muted.
 */
export const VIEW = { width: 560, height: 280 } as const;
export const INPUTS = [
  { cx: 70, cy: 60 },
  { cx: 70, cy: 150 },
  { cx: 70, cy: 240 },
] as const;
export const INPUT_R = 22;
export const SUM = { cx: 320, cy: 150, r: 30 } as const;
export const BIAS = { cx: 320, cy: 38, r: 20 } as const;
export const ACT = { x: 392, y: 126, width: 64, height: 48 } as const;
export const OUTPUT = { cx: 512, cy: 150, r: 26 } as const;

export type WeightSign = 'positive' | 'negative' | 'zero';

export function weightSign(w: number): WeightSign {
  if (!Number.isFinite(w) || w === 0) return 'zero';
  return w > 0 ? 'positive' : 'negative';
}

/** Stroke width for a weight: 1.5 + 3·min(|w|, 2), so |w| = 2 gives 7.5. */
export function arrowWidth(w: number): number {
  const m = Number.isFinite(w) ? Math.min(Math.abs(w), 2) : 0;
  return 1.5 + 3 * m;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The segment from the edge of circle A to the edge of circle B (centre to centre, shortened). */
export function edgeSegment(ax: number, ay: number, ar: number, bx: number, by: number, br: number): Segment {
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  return { x1: ax + ux * ar, y1: ay + uy * ar, x2: bx - ux * br, y2: by - uy * br };
}

/** Points of an arrowhead (a triangle of the given size) at the end of the segment. */
export function arrowHead(s: Segment, size: number): string {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const bx = s.x2 - ux * size;
  const by = s.y2 - uy * size;
  const px = -uy * size * 0.55;
  const py = ux * size * 0.55;
  const r = (v: number) => Math.round(v * 100) / 100;
  return `${r(s.x2)},${r(s.y2)} ${r(bx + px)},${r(by + py)} ${r(bx - px)},${r(by - py)}`;
}

/** Half the width of the longest weight label ("w1 = −0.843" at the phone's 19 px is ~100 wide). */
export const LABEL_HALF_WIDTH = 50;
/** The height of a label's text above its baseline (the phone's 19 px digits). */
export const LABEL_HEIGHT = 14;

/**
 * Where a weight's label sits (its baseline's middle): 45 % of the way along its arrow, on the fan's
 * outer side — above an arrow that falls or runs level towards Σ, below one that rises — and clear
 * of it by 8 plus the line's rise over half a label, so a sloping arrow passes beside the label's
 * corner instead of through "w1 = 0.5", and the lowest label is not read as the middle arrow's.
 */
export function labelPoint(s: Segment): { x: number; y: number } {
  const slope = s.x2 === s.x1 ? 0 : (s.y2 - s.y1) / (s.x2 - s.x1);
  const x = s.x1 + (s.x2 - s.x1) * 0.45;
  const lineY = s.y1 + (s.y2 - s.y1) * 0.45;
  const clearance = 8 + Math.abs(slope) * LABEL_HALF_WIDTH;
  return { x, y: slope < 0 ? lineY + clearance + LABEL_HEIGHT : lineY - clearance };
}
