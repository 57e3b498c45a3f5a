/** The tone's amplitude at time t: sin(2π f t). */
export const tone = (freq: number, t: number): number => Math.sin(2 * Math.PI * freq * t);

/** N = r × T samples, at t_k = k / r for k = 0 … N − 1 (at least one). */
export function sampleCount(rate: number, duration: number): number {
  return Math.max(1, Math.floor(rate * duration + 1e-9));
}

export interface Sampled {
  ts: Float64Array;
  xs: Float64Array;
  /** Stems as gap-separated segments from 0 to each sample. */
  stemT: Float64Array;
  stemX: Float64Array;
  /** The continuous wave for drawing. */
  waveT: Float64Array;
  waveX: Float64Array;
}

export function sampleTone(freq: number, rate: number, duration: number, wavePoints = 600): Sampled {
  const n = sampleCount(rate, duration);
  const ts = new Float64Array(n);
  const xs = new Float64Array(n);
  const stemT = new Float64Array(n * 3);
  const stemX = new Float64Array(n * 3);
  for (let k = 0; k < n; k++) {
    ts[k] = k / rate;
    xs[k] = tone(freq, ts[k]);
    stemT.set([ts[k], ts[k], NaN], k * 3);
    stemX.set([0, xs[k], NaN], k * 3);
  }
  const waveT = new Float64Array(wavePoints + 1);
  const waveX = new Float64Array(wavePoints + 1);
  for (let i = 0; i <= wavePoints; i++) {
    waveT[i] = (duration * i) / wavePoints;
    waveX[i] = tone(freq, waveT[i]);
  }
  return { ts, xs, stemT, stemX, waveT, waveX };
}

/** Sampling faithfully needs more than two samples per wave (r > 2f, the Nyquist rate). */
export const aliased = (freq: number, rate: number): boolean => rate <= 2 * freq;
