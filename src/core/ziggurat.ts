/**
 * Standard normal draws by the ziggurat method (Marsaglia & Tsang 2000, in Doornik's 2005 ZIGNOR
 * form, which takes the layer index and the abscissa from two independent 32-bit draws).
 * 128 layers of equal area V under f(x) = exp(−x²/2); about 98.8 % of draws need one multiply
 * and one comparison, the rest fall back to the wedge test or Marsaglia's tail method.
 * The sfc32 step is written out inline: in V8 this is ~3× faster than calling a closure.
 */
const LAYERS = 128;
const R = 3.442619855899; // right edge of the base layer
const V = 9.91256303526217e-3; // area of every layer
const TWO_POW_M31 = 4.656612873077393e-10; // 2⁻³¹
const TWO_POW_M32 = 2.3283064365386963e-10; // 2⁻³²

/** X[i]: right edge of layer i (X[1] = R, X[128] = 0); X[0] = V/f(R), the base layer's pseudo-width. */
const X = new Float64Array(LAYERS + 1);
/** RATIO[i] = X[i+1]/X[i]: |u| below it means u·X[i] lies inside the curve for sure. */
const RATIO = new Float64Array(LAYERS);
{
  let f = Math.exp(-0.5 * R * R);
  X[0] = V / f;
  X[1] = R;
  for (let i = 2; i < LAYERS; i++) {
    X[i] = Math.sqrt(-2 * Math.log(V / X[i - 1] + f));
    f = Math.exp(-0.5 * X[i] * X[i]);
  }
  X[LAYERS] = 0;
  for (let i = 0; i < LAYERS; i++) RATIO[i] = X[i + 1] / X[i];
}

/** One sfc32 step on the state array; returns a signed 32-bit integer. */
function next(s: Int32Array): number {
  const t = (((s[0] + s[1]) | 0) + s[3]) | 0;
  s[3] = (s[3] + 1) | 0;
  s[0] = s[1] ^ (s[1] >>> 9);
  s[1] = (s[2] + (s[2] << 3)) | 0;
  s[2] = (((s[2] << 21) | (s[2] >>> 11)) + t) | 0;
  return t;
}

/** Uniform on (0, 1), never 0, so its logarithm is finite. */
function openUniform(s: Int32Array): number {
  return ((next(s) >>> 0) + 0.5) * TWO_POW_M32;
}

/** The rare path: wedge test for layers 1…127, tail beyond R for layer 0; redraws until accepted. */
function slowNormal(s: Int32Array, i: number, u: number): number {
  for (;;) {
    if (i === 0) {
      // Marsaglia (1964): x = −ln(u₁)/R, accept if −2 ln u₂ ≥ x²; the draw is R + x.
      let x: number, y: number;
      do {
        x = Math.log(openUniform(s)) / R;
        y = Math.log(openUniform(s));
      } while (-2 * y < x * x);
      return u < 0 ? x - R : R - x;
    }
    const x = u * X[i];
    const f0 = Math.exp(-0.5 * (X[i] * X[i] - x * x));
    const f1 = Math.exp(-0.5 * (X[i + 1] * X[i + 1] - x * x));
    if (f1 + (f0 - f1) * openUniform(s) < 1) return x;
    i = next(s) & (LAYERS - 1);
    u = next(s) * TWO_POW_M31;
    if (Math.abs(u) < RATIO[i]) return u * X[i];
  }
}

/** Fills out[k] = mean + sd·N(0,1) advancing the sfc32 state s = (a, b, c, d) in place. */
export function fillNormalState(s: Int32Array, out: Float64Array, mean: number, sd: number): void {
  let a = s[0], b = s[1], c = s[2], d = s[3];
  for (let k = 0; k < out.length; k++) {
    let t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    const i = t & (LAYERS - 1);
    t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    const u = t * TWO_POW_M31; // signed, in [−1, 1)
    if (Math.abs(u) < RATIO[i]) {
      out[k] = mean + sd * u * X[i];
    } else {
      s[0] = a; s[1] = b; s[2] = c; s[3] = d;
      out[k] = mean + sd * slowNormal(s, i, u);
      a = s[0]; b = s[1]; c = s[2]; d = s[3];
    }
  }
  s[0] = a; s[1] = b; s[2] = c; s[3] = d;
}
