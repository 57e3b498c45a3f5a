import { sym } from '../shared/liveTex';

/** tokens × d = n × d = total numbers (exact, grouped in thousands). */
export function textTex(n: number, dims: number): string {
  const total = (n * dims).toLocaleString('en-US').replace(/,/g, '{,}');
  return `${sym('x', '\\text{tokens}')} \\times ${sym('w', 'd')} = ${sym('x', String(n))} \\times ${sym('w', String(dims))} = ${sym('z', total)}\\ \\text{numbers}`;
}
