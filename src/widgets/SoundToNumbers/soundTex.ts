import { num, relation, sym } from '../shared/liveTex';
import { sampleCount, tone } from './soundMath';

/**
 * The k = 1 sample: symbols, numbers, result. The angle stays the exact fraction 2f/r of π:
 * a rounded angle (0.942) could round the sine it gives to another third decimal.
 */
export function sampleTex(freq: number, rate: number): string {
  const x1 = tone(freq, 1 / rate);
  return (
    `\\begin{aligned} x_k &= \\sin\\!\\left(2\\pi \\, ${sym('w', 'f')} \\, \\frac{k}{${sym('x', 'r')}}\\right) \\\\ ` +
    `x_1 &= \\sin\\!\\left(2\\pi \\cdot ${num('w', freq)} \\cdot \\frac{1}{${num('x', rate)}}\\right) \\\\ ` +
    `&= \\sin\\!\\left(\\frac{${2 * freq}}{${rate}}\\pi\\right) ${relation(x1)} ${num('a', x1)} \\end{aligned}`
  );
}

/** N = ⌊r × T⌋: only whole samples are taken, so 13 × 1.5 = 19.5 gives 19. */
export function countTex(rate: number, duration: number): string {
  const n = sampleCount(rate, duration);
  const product = rate * duration;
  const r = sym('x', 'r');
  const T = sym('b', 'T');
  const numbers = `${num('x', rate)} \\times ${num('b', duration)}`;
  if (Math.abs(product - n) < 1e-9) return `N = ${r} \\times ${T} = ${numbers} = ${num('z', n)}`;
  return `N = \\lfloor ${r} \\times ${T} \\rfloor = \\lfloor ${numbers} \\rfloor = \\lfloor ${num('z', product)} \\rfloor = ${num('z', n)}`;
}
