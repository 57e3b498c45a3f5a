import { usePlot } from '../../components/plot/PlotContext';
import { isBand } from '../../components/plot/scales';

export interface BarGroup {
  /** The band category this group sits in. */
  category: string;
  bars: { value: number; color: string; opacity?: number; label: string }[];
}

const px = (v: number) => Math.round(v * 100) / 100;

/**
 * Bars side by side inside each band of a band x-axis, from 0 to each value (down for negatives),
 * with the value's short label above (or below) the bar. Non-finite values draw nothing.
 */
export function GroupedBars({ groups }: { groups: BarGroup[] }) {
  const { x, sx, sy, clipId } = usePlot();
  const band = isBand(x) ? x.bandwidth() : 20;
  const zero = sy(0);
  return (
    <g aria-hidden="true" className="nn-dot-bars">
      {groups.map((g) => {
        const centre = sx(g.category);
        if (!Number.isFinite(centre)) return null;
        const slot = band / g.bars.length;
        const left = centre - band / 2;
        return g.bars.map((bar, i) => {
          const top = sy(bar.value);
          if (!Number.isFinite(top) || !Number.isFinite(zero)) return null;
          const y = Math.min(top, zero);
          const h = Math.abs(zero - top);
          const bx = left + i * slot + slot * 0.1;
          const negative = bar.value < 0;
          return (
            <g key={`${g.category}-${i}`}>
              <rect x={px(bx)} y={px(y)} width={px(slot * 0.8)} height={px(h)} clipPath={`url(#${clipId})`} style={{ fill: bar.color, opacity: bar.opacity ?? 1 }} />
              <text
                className="nn-dot-bars__label"
                x={px(bx + slot * 0.4)}
                y={px(negative ? Math.max(top, zero) + 13 : Math.min(top, zero) - 4)}
                textAnchor="middle"
                style={{ fill: bar.color }}
              >
                {bar.label}
              </text>
            </g>
          );
        });
      })}
    </g>
  );
}
