import { useMemo } from 'react';
import { usePlot } from '../../components/plot/PlotContext';
import type { Segment } from '../../core';

/** Level lines drawn as one SVG path of straight segments (data coordinates → pixels). */
export function ContourLines({ segments, color = 'var(--muted)' }: { segments: Segment[]; color?: string }) {
  const { sx, sy, clipId } = usePlot();
  const d = useMemo(() => {
    const r = (v: number) => Math.round(v * 10) / 10;
    return segments.map(([x1, y1, x2, y2]) => `M${r(sx(x1))},${r(sy(y1))}L${r(sx(x2))},${r(sy(y2))}`).join('');
  }, [segments, sx, sy]);
  return <path aria-hidden="true" d={d} clipPath={`url(#${clipId})`} style={{ stroke: color, strokeWidth: 1, fill: 'none', opacity: 0.7 }} />;
}

/** A transparent layer over the plot area; a click or tap reports the data point under it. */
export function ClickLayer({ onPick, lo, hi }: { onPick: (x: number, y: number) => void; lo: number; hi: number }) {
  const { innerWidth, innerHeight } = usePlot();
  return (
    <rect
      aria-hidden="true"
      className="nn-learn-plot-hit"
      width={innerWidth}
      height={innerHeight}
      style={{ pointerEvents: 'all' }}
      onPointerDown={(e) => {
        const box = e.currentTarget.getBoundingClientRect();
        if (box.width <= 0 || box.height <= 0) return;
        const fx = (e.clientX - box.left) / box.width;
        const fy = (e.clientY - box.top) / box.height;
        if (!Number.isFinite(fx) || !Number.isFinite(fy)) return;
        onPick(lo + fx * (hi - lo), hi - fy * (hi - lo));
      }}
    />
  );
}
