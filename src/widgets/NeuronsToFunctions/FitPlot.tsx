import type { FitCurves } from '../../core';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { RuleX } from '../../components/plot/Rules';

const yDomains = { sine: [-1.6, 1.6], step: [-0.6, 1.6], abs: [-0.6, 1.6], bump: [-0.6, 1.6] } as const;

export interface FitPlotProps {
  curves: FitCurves;
  target: keyof typeof yDomains;
  /** The highlighted unit, 1-based, and where it bends (NaN: nowhere). */
  j: number;
  bend: number;
  title: string;
  description: string;
}

/** The target (dashed), each unit's piece (unit j highlighted, with its bend) and their sum (thick). */
export function FitPlot({ curves, target, j, bend, title, description }: FitPlotProps) {
  const { xs, contributions } = curves;
  return (
    <>
      <Plot x={{ domain: [-3, 3] }} y={{ domain: yDomains[target] }} height={300} title={title} description={description}>
        <AxisBottom label="x" />
        <AxisLeft label="y" />
        {contributions.map((piece, k) =>
          k === j - 1 ? null : <LinePath key={k} xs={xs} ys={piece} color="var(--muted)" strokeWidth={1} className="nn-nf-piece" />,
        )}
        <LinePath xs={xs} ys={contributions[j - 1]} color="var(--c-w)" strokeWidth={1.75} />
        {Number.isFinite(bend) ? <RuleX x={bend} color="var(--c-b)" label={`bend ${j}`} /> : null}
        <LinePath xs={xs} ys={curves.target} color="var(--c-y)" strokeWidth={2} dashed />
        <LinePath xs={xs} ys={curves.sum} color="var(--c-a)" strokeWidth={3.5} />
      </Plot>
      <p className="nn-nf-legend" aria-hidden="true">
        <span className="nn-nf-legend__t">╍ target t(x)</span>
        <span className="nn-nf-legend__y">━ sum y(x)</span>
        <span className="nn-nf-legend__j">─ unit {j}</span>
        <span className="nn-nf-legend__p">─ other units</span>
      </p>
    </>
  );
}
