import type { OracleView } from '../../test/oracle';
import type { VideoState } from './params';

/** By hand: F·H·W·C numbers, 4 bytes each in float32 (the equation groups the total's thousands). */
export function oracle(s: VideoState): OracleView {
  const c = Number(s.channels);
  const total = s.frames * s.height * s.width * c;
  const bytes = 4 * total;
  // The first decimal unit whose one-decimal value stays below 1000.
  let size = `${bytes} bytes`;
  if (bytes >= 1000) {
    const [scale, unit] = ([[1e3, 'kB'], [1e6, 'MB'], [1e9, 'GB']] as const).find(([k], i) => i === 2 || Number((bytes / k).toFixed(1)) < 1000)!;
    size = `${(bytes / scale).toFixed(1)} ${unit}`;
  }
  return {
    equations: [[s.frames, s.height, s.width, c, total]],
    readouts: {
      shape: `${s.frames} × ${s.height} × ${s.width} × ${c}`,
      numbers: total,
      'per frame': s.height * s.width * c,
      'float32 size': size,
    },
    printed: { shape: [s.frames, s.height, s.width, c], numbers: total, bytes },
  };
}
