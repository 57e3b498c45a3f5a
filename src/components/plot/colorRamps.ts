/**
 * Colour functions for HeatmapRaster: value → [r, g, b, a] (0…255). They look colours up in a
 * 256-entry table, so a 100×100 raster costs 10,000 table reads and no allocation.
 * Canvas cannot read CSS custom properties, so colours are given as RGB triples; pass colours
 * read from getComputedStyle in an effect if a theme must be followed.
 */
export type RGB = readonly [number, number, number];
export type RGBA = readonly [number, number, number, number];
export type ColorFn = (value: number) => RGBA;

const TRANSPARENT: RGBA = [0, 0, 0, 0];
const mix = (a: RGB, b: RGB, t: number): RGBA => [
  Math.round(a[0] + (b[0] - a[0]) * t),
  Math.round(a[1] + (b[1] - a[1]) * t),
  Math.round(a[2] + (b[2] - a[2]) * t),
  255,
];

function table(stops: readonly RGB[]): RGBA[] {
  const lut: RGBA[] = [];
  const segments = stops.length - 1;
  for (let i = 0; i < 256; i++) {
    const t = (i / 255) * segments;
    const k = Math.min(segments - 1, Math.floor(t));
    lut.push(mix(stops[k], stops[k + 1], t - k));
  }
  return lut;
}

/** Sequential ramp from `from` at lo to `to` at hi; non-finite → transparent; outside → clamped. */
export function sequentialColor(
  [lo, hi]: readonly [number, number],
  from: RGB = [247, 251, 255],
  to: RGB = [8, 81, 156],
): ColorFn {
  const lut = table([from, to]);
  const span = hi - lo || 1;
  return (v) => {
    if (!Number.isFinite(v)) return TRANSPARENT;
    const i = Math.round(((v - lo) / span) * 255);
    return lut[i < 0 ? 0 : i > 255 ? 255 : i];
  };
}

/** Diverging ramp: neg at −maxAbs, mid at 0, pos at +maxAbs (e.g. class −1 / boundary / +1). */
export function divergingColor(
  maxAbs: number,
  neg: RGB = [33, 102, 172],
  mid: RGB = [247, 247, 247],
  pos: RGB = [214, 96, 77],
): ColorFn {
  const lut = table([neg, mid, pos]);
  const m = Number.isFinite(maxAbs) && maxAbs > 0 ? maxAbs : 1;
  return (v) => {
    if (!Number.isFinite(v)) return TRANSPARENT;
    const i = Math.round(((v / m + 1) / 2) * 255);
    return lut[i < 0 ? 0 : i > 255 ? 255 : i];
  };
}
