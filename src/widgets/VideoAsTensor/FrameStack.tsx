import { formatNumber } from '../../components/format';
import { grouped } from './videoMath';

const DRAWN = 8;

/** The clip as stacked frames: at most 8 drawn, each a rectangle with the frame's aspect ratio. */
export function FrameStack({ frames, height, width, channels, total }: { frames: number; height: number; width: number; channels: number; total: number }) {
  const shown = Math.min(DRAWN, frames);
  const aspect = width / height;
  // Extreme shapes (1 × 1080) still get a drawable frame: at least 12 px each way.
  const fw = Math.max(12, aspect >= 1 ? 120 : 120 * aspect);
  const fh = Math.max(12, aspect >= 1 ? 120 / aspect : 120);
  const fill = channels === 3 ? ['#e0584f', '#4caf6a', '#4f7fe0'] : ['#9a9a9a'];
  const f = formatNumber(frames, 0);
  return (
    <svg
      className="nn-video-stack"
      viewBox="0 0 280 250"
      role="img"
      aria-label={`Stacked frames: ${f} frames of ${height} × ${width} pixels with ${channels} channel${channels === 1 ? '' : 's'}; ${grouped(total)} numbers in all.`}
    >
      {Array.from({ length: shown }, (_, i) => shown - 1 - i).map((k) => {
        const x = 20 + k * 14;
        const y = 30 + (shown - 1 - k) * 10 + (120 - fh) / 2;
        return (
          <g key={k}>
            <rect x={x} y={y} width={fw} height={fh} rx={3} fill="var(--bg-raised)" stroke="var(--text, currentColor)" strokeWidth={1.2} />
            {fill.map((color, j) => (
              <rect key={j} x={x + 4 + (j * (fw - 8)) / fill.length} y={y + 4} width={(fw - 8) / fill.length} height={Math.max(1, fh - 8)} fill={color} opacity={0.35} />
            ))}
          </g>
        );
      })}
      <text x={20} y={20} className="nn-video-label">{`${f} frame${frames === 1 ? '' : 's'}${frames > shown ? ` (${shown} drawn)` : ''}`}</text>
      <text x={20} y={240} className="nn-video-label">{`each ${height} × ${width} × ${channels}`}</text>
    </svg>
  );
}
