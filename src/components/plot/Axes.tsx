import { usePlot } from './PlotContext';
import { axisTicks } from './ticks';
import type { TickOptions } from './ticks';

export interface AxisProps extends TickOptions {
  /** Axis title, e.g. "weight w". */
  label?: string;
  /** Draw gridlines across the plot at each tick (default true). */
  grid?: boolean;
  className?: string;
}

const TICK = 5;

/** Ticks, tick labels, optional title and gridlines along the bottom of the plot area. */
export function AxisBottom({ label, grid = true, className, ...tickOptions }: AxisProps) {
  const { x, sx, innerWidth, innerHeight, margin } = usePlot();
  const ticks = axisTicks(x, sx, tickOptions).filter((t) => t.pos >= -0.5 && t.pos <= innerWidth + 0.5);
  return (
    <g aria-hidden="true" className={`nn-plot__axis nn-plot__axis--bottom${className ? ` ${className}` : ''}`}>
      {grid && ticks.map((t) => <line key={`g${t.key}`} className="nn-plot__grid" x1={t.pos} x2={t.pos} y1={0} y2={innerHeight} />)}
      <line className="nn-plot__domain" x1={0} x2={innerWidth} y1={innerHeight} y2={innerHeight} />
      {ticks.map((t) => (
        <g key={t.key} transform={`translate(${t.pos},${innerHeight})`}>
          <line className="nn-plot__tick" y2={t.label ? TICK : TICK / 2} />
          {t.label ? <text className="nn-plot__tick-label" y={TICK + 12} textAnchor="middle">{t.label}</text> : null}
        </g>
      ))}
      {label ? (
        <text className="nn-plot__axis-title" x={innerWidth / 2} y={innerHeight + Math.max(28, margin.bottom - 6)} textAnchor="middle">{label}</text>
      ) : null}
    </g>
  );
}

/** Ticks, tick labels, optional (rotated) title and gridlines along the left of the plot area. */
export function AxisLeft({ label, grid = true, className, ...tickOptions }: AxisProps) {
  const { y, sy, innerWidth, innerHeight, margin } = usePlot();
  const ticks = axisTicks(y, sy, { ticks: 4, ...tickOptions }).filter((t) => t.pos >= -0.5 && t.pos <= innerHeight + 0.5);
  return (
    <g aria-hidden="true" className={`nn-plot__axis nn-plot__axis--left${className ? ` ${className}` : ''}`}>
      {grid && ticks.map((t) => <line key={`g${t.key}`} className="nn-plot__grid" x1={0} x2={innerWidth} y1={t.pos} y2={t.pos} />)}
      <line className="nn-plot__domain" x1={0} x2={0} y1={0} y2={innerHeight} />
      {ticks.map((t) => (
        <g key={t.key} transform={`translate(0,${t.pos})`}>
          <line className="nn-plot__tick" x2={t.label ? -TICK : -TICK / 2} />
          {t.label ? <text className="nn-plot__tick-label" x={-TICK - 3} dy="0.32em" textAnchor="end">{t.label}</text> : null}
        </g>
      ))}
      {label ? (
        <text
          className="nn-plot__axis-title"
          transform={`translate(${-Math.max(32, margin.left - 12)},${innerHeight / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {label}
        </text>
      ) : null}
    </g>
  );
}
