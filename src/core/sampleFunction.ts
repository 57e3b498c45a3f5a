/** f at n evenly spaced points from lo to hi, both ends included (a curve to draw). */
export function sampleFunction(f: (x: number) => number, lo: number, hi: number, n = 121): { xs: Float64Array; ys: Float64Array } {
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = i === n - 1 ? hi : lo + ((hi - lo) * i) / (n - 1);
    ys[i] = f(xs[i]);
  }
  return { xs, ys };
}
