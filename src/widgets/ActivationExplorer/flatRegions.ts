/**
 * Where a function's slope is nearly zero: the intervals of [lo, hi] on which |df(z)| < threshold.
 * Found on a grid of `steps` cells, each crossing refined by bisection (to ~1e-9), so the ends are
 * exact for smooth slopes and land on the kink for ReLU. Intervals touching lo or hi end there.
 */
export function flatRegions(
  df: (z: number) => number,
  threshold: number,
  lo: number,
  hi: number,
  steps = 480,
): [number, number][] {
  const flat = (z: number) => Math.abs(df(z)) < threshold;
  const edge = (a: number, b: number) => {
    // flat(a) !== flat(b): narrow down to the switch
    const fa = flat(a);
    for (let k = 0; k < 40; k++) {
      const m = (a + b) / 2;
      if (flat(m) === fa) a = m;
      else b = m;
    }
    return (a + b) / 2;
  };
  const out: [number, number][] = [];
  let start: number | null = flat(lo) ? lo : null;
  let prev = lo;
  for (let i = 1; i <= steps; i++) {
    const z = lo + ((hi - lo) * i) / steps;
    const now = flat(z);
    if (now !== flat(prev)) {
      const e = edge(prev, z);
      if (now) start = e;
      else if (start !== null) {
        out.push([start, e]);
        start = null;
      }
    }
    prev = z;
  }
  if (start !== null) out.push([start, hi]);
  return out;
}

/** z-values and f(z) on an even grid over [lo, hi] (n points), for drawing. */
export function sampleCurve(f: (z: number) => number, lo: number, hi: number, n = 241) {
  const zs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    zs[i] = lo + ((hi - lo) * i) / (n - 1);
    ys[i] = f(zs[i]);
  }
  return { zs, ys };
}
