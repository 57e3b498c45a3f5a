import type { OracleView } from '../../test/oracle';
import type { SoundState } from './params';

/** By hand: x_k = sin(2π f k / r) for the N = ⌊r T⌋ whole samples. */
export function oracle(s: SoundState): OracleView {
  const product = s.rate * s.duration;
  const n = Math.floor(product + 1e-9);
  const first: number[] = [];
  for (let k = 0; k < Math.min(n, 8); k++) first.push(Math.sin((2 * Math.PI * s.freq * k) / s.rate));
  const x1 = Math.sin((2 * Math.PI * s.freq) / s.rate);
  const shown = first.map((x) => String(Number(x.toFixed(3))).replace('-', '\u2212'));
  return {
    equations: [
      // x_k = sin(2π f k/r); x_1 = sin(2π · f · 1/r) = sin(2f/r π) ≈ x_1
      [2, 1, 2, s.freq, 1, s.rate, 2 * s.freq, s.rate, x1],
      n === product ? [s.rate, s.duration, n] : [s.rate, s.duration, product, n],
    ],
    readouts: {
      samples: n,
      'first samples': shown.join(', ') + (n > 8 ? ', …' : ''),
      'CD quality, one second': 44100,
    },
    printed: { N: n, 'x[:8]': first },
  };
}
