import { usePlot } from './PlotContext';
import { ok } from './data';
import { px as round } from './scales';

export interface RuleProps {
  color?: string;
  dashed?: boolean;
  strokeWidth?: number;
  /** Short text drawn at the end of the rule (top for RuleX, right for RuleY). */
  label?: string;
  className?: string;
}

function ruleStyle(color: string, strokeWidth: number, dashed: boolean) {
  return { stroke: color, strokeWidth, strokeDasharray: dashed ? '4 3' : undefined };
}

/** A vertical reference line at data x; nothing if x cannot be placed or lies outside. */
export function RuleX({ x, color = 'var(--muted)', dashed = true, strokeWidth = 1, label, className }: RuleProps & { x: number }) {
  const { sx, innerWidth, innerHeight } = usePlot();
  const p = sx(x);
  if (!ok(p) || p < 0 || p > innerWidth) return null;
  return (
    <g aria-hidden="true" className={`nn-plot__rule${className ? ` ${className}` : ''}`}>
      <line x1={round(p)} x2={round(p)} y1={0} y2={innerHeight} style={ruleStyle(color, strokeWidth, dashed)} />
      {label ? (
        <text x={round(p) + 4} y={10} className="nn-plot__rule-label" style={{ fill: color }}>{label}</text>
      ) : null}
    </g>
  );
}

/** A horizontal reference line at data y; nothing if y cannot be placed or lies outside. */
export function RuleY({ y, color = 'var(--muted)', dashed = true, strokeWidth = 1, label, className }: RuleProps & { y: number }) {
  const { sy, innerWidth, innerHeight } = usePlot();
  const p = sy(y);
  if (!ok(p) || p < 0 || p > innerHeight) return null;
  return (
    <g aria-hidden="true" className={`nn-plot__rule${className ? ` ${className}` : ''}`}>
      <line x1={0} x2={innerWidth} y1={round(p)} y2={round(p)} style={ruleStyle(color, strokeWidth, dashed)} />
      {label ? (
        <text x={innerWidth - 4} y={round(p) - 4} textAnchor="end" className="nn-plot__rule-label" style={{ fill: color }}>{label}</text>
      ) : null}
    </g>
  );
}
