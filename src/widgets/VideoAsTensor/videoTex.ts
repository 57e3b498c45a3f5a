import { texNumber } from '../../components/format';
import { sym } from '../shared/liveTex';

const grouped = (n: number) => n.toLocaleString('en-US').replace(/,/g, '{,}');

/** frames × H × W × C in symbols, numbers and the result. */
export function videoTex(f: number, h: number, w: number, c: number, total: number): string {
  const s = `${sym('x', '\\text{F}')} \\times ${sym('w', '\\text{H}')} \\times ${sym('w', '\\text{W}')} \\times ${sym('b', '\\text{C}')}`;
  const n = `${sym('x', texNumber(f))} \\times ${sym('w', texNumber(h))} \\times ${sym('w', texNumber(w))} \\times ${sym('b', texNumber(c))}`;
  return `\\begin{aligned} & ${s} \\\\ &= ${n} \\\\ &= ${sym('z', grouped(total))} \\end{aligned}`;
}
