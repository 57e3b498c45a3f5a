/**
 * The arithmetic behind Slider, kept pure so it can be tested without a DOM.
 * A linear slider moves on the grid min + k·step; a log2 slider moves on the grid of exponents
 * log2(min) + k·logStep and reports round(2^exponent), so 1…1024 steps 1, 2, 4, … 1024.
 */
export type SliderScale = 'linear' | 'log2';

/** Decimal places of a step: 0.1 → 1, 0.05 → 2, 1e-7 → 7, 1 → 0. */
export function stepDecimals(step: number): number {
  if (!Number.isFinite(step) || step <= 0) return 0;
  const [mantissa, exp] = step.toExponential().split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.min(20, Math.max(0, fraction - Number(exp)));
}

/**
 * v rounded to the decimals of the grid origin + k·step: 0.30000000000000004 on a 0.1 grid → 0.3
 * (a grid starting at 0.05 with step 0.1 keeps 2 decimals).
 */
export function roundToStep(v: number, step: number, origin = 0): number {
  const r = Number(v.toFixed(Math.max(stepDecimals(step), stepDecimals(Math.abs(origin)))));
  return r === 0 ? 0 : r;
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** A value prop made safe: non-finite → min, then clamped into [min, max]. */
export function safeValue(v: number, min: number, max: number): number {
  return Number.isFinite(v) ? clamp(v, min, max) : min;
}

/** Where the native range sits for value v (the exponent for log2). */
export function toPosition(v: number, scale: SliderScale): number {
  return scale === 'log2' ? Math.log2(Math.max(v, Number.MIN_VALUE)) : v;
}

/** The value a range position stands for, rounded to the step (log2: the nearest integer). */
export function fromPosition(p: number, scale: SliderScale, step: number, origin = 0): number {
  return scale === 'log2' ? Math.round(2 ** p) : roundToStep(p, step, origin);
}

/**
 * Move `steps` grid steps from position p (positive: up). Off-grid positions first snap in the
 * direction of travel, so from 0.55 on a 0.1 grid one step up is 0.6 and one step down is 0.5.
 */
export function stepPosition(p: number, steps: number, lo: number, hi: number, step: number): number {
  const k = (p - lo) / step;
  const eps = 1e-9;
  const base = steps > 0 ? Math.floor(k + eps) : Math.ceil(k - eps);
  return clamp(lo + (base + steps) * step, lo, hi);
}
