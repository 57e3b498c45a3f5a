import { texNumber } from '../../components/format';
import { sym } from '../shared/liveTex';
import { grouped } from './videoMath';
import type { VideoState } from './params';

/** F × H × W × C in symbols, numbers and the result (exact: at most 3.7 billion). */
export function videoTex(s: VideoState, total: number): string {
  const symbols = `${sym('x', '\\text{F}')} \\times ${sym('w', '\\text{H}')} \\times ${sym('w', '\\text{W}')} \\times ${sym('b', '\\text{C}')}`;
  const numbers = `${sym('x', texNumber(s.frames))} \\times ${sym('w', texNumber(s.height))} \\times ${sym('w', texNumber(s.width))} \\times ${sym('b', s.channels)}`;
  return `\\begin{aligned} & ${symbols} \\\\ &= ${numbers} \\\\ &= ${sym('z', grouped(total).replace(/,/g, '{,}'))} \\end{aligned}`;
}
