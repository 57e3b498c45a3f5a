import { texNumber } from '../../components/format';
import { num, relation, sym } from '../shared/liveTex';
import { sampleCount, tone } from './soundMath';

/** The k = 1 sample: symbols, numbers, result. */
export function sampleTex(freq: number, rate: number): string {
  const angle = (2 * Math.PI * freq) / rate;
  const x1 = tone(freq, 1 / rate);
  return `\\begin{aligned} x_k &= \\sin\\!\\left(2\\pi \\, ${sym('w', 'f')} \\, \\frac{k}{${sym('x', 'r')}}\\right) \\\\ x_1 &= \\sin\\!\\left(2\\pi \\cdot ${num('w', freq)} \\cdot \\frac{1}{${num('x', rate)}}\\right) \\\\ &= \\sin(${texNumber(angle)}) ${relation(x1)} ${num('a', x1)} \\end{aligned}`;
}

/** N = r × T. */
export function countTex(rate: number, duration: number): string {
  const n = sampleCount(rate, duration);
  return `N = ${sym('x', 'r')} \\times ${sym('b', 'T')} = ${num('x', rate)} \\times ${num('b', duration)} = ${num('z', n)}`;
}
