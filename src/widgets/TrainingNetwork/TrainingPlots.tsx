import { memo, useMemo } from 'react';
import { BOUNDARY_EXTENT, BOUNDARY_GRID } from '../../core';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { Points } from '../../components/plot/Points';
import { HeatmapRaster } from '../../components/plot/HeatmapRaster';
import { divergingColor } from '../../components/plot/colorRamps';
import type { TrainingSession } from '../../core';
import { lossDomain } from './trainingView';

// Light tints under the points: class 0 blue, class 1 red, white on the boundary.
const heatColor = divergingColor(1, [146, 197, 222], [247, 247, 247], [244, 165, 130]);
const BOUNDARY_BOX = { x0: -BOUNDARY_EXTENT, x1: BOUNDARY_EXTENT, y0: -BOUNDARY_EXTENT, y1: BOUNDARY_EXTENT };
// Module-level axis specs keep the plot's scales (and every mark under them) stable between frames.
const SQUARE_AXIS = { domain: [-BOUNDARY_EXTENT, BOUNDARY_EXTENT] } as const;
const HEAT_MARGIN = { left: 40, bottom: 36, right: 12 };
const LOSS_MARGIN = { left: 64 };

/** The data points, drawn once per data set (not on every frame of training). */
const DataPoints = memo(function DataPoints({ start }: { start: TrainingSession }) {
  const { X, y } = start;
  const [xs, ys] = useMemo(() => {
    const a = new Float64Array(X.rows), b = new Float64Array(X.rows);
    for (let i = 0; i < X.rows; i++) [a[i], b[i]] = [X.data[2 * i], X.data[2 * i + 1]];
    return [a, b];
  }, [X]);
  const classOf = useMemo(() => (i: number) => (y[i] > 0.5 ? 'nn-train-point nn-train-point--1' : 'nn-train-point nn-train-point--0'), [y]);
  return <Points xs={xs} ys={ys} r={3} classOf={classOf} />;
});

export function BoundaryPlot({ start, grid, title, description }: { start: TrainingSession; grid: Float32Array; title: string; description: string }) {
  return (
    <Plot
      x={SQUARE_AXIS}
      y={SQUARE_AXIS}
      width={320}
      height={320}
      margin={HEAT_MARGIN}
      title={title}
      description={description}
      underlay={<HeatmapRaster values={grid} cols={BOUNDARY_GRID} rows={BOUNDARY_GRID} color={heatColor} extent={BOUNDARY_BOX} smooth />}
    >
      <AxisBottom label="x1" grid={false} />
      <AxisLeft label="x2" grid={false} />
      <DataPoints start={start} />
    </Plot>
  );
}

/** The loss plot's last epoch: 10, 20, 50, 100, 200 … so the axis changes rarely while training. */
function epochAxisMax(epoch: number): number {
  let m = 10;
  while (m < epoch) m = [2, 2.5, 2][Math.round(Math.log10(m) * 3) % 3] * m;
  return m;
}

export function LossPlot({ epochs, losses, epoch, loss }: { epochs: number[]; losses: number[]; epoch: number; loss: string }) {
  const maxEpoch = epochAxisMax(epoch);
  const [y0, y1] = lossDomain(losses);
  const x = useMemo(() => ({ domain: [0, maxEpoch] as const }), [maxEpoch]);
  const y = useMemo(() => ({ domain: [y0, y1] as const, type: 'log' as const }), [y0, y1]);
  const description =
    losses.length === 0
      ? `Loss per epoch on a logarithmic scale: nothing yet; the untrained loss is ${loss}.`
      : `Loss per epoch on a logarithmic scale over ${epoch} epochs, from ${formatNumber(losses[0])} after the first epoch to ${loss} now.`;
  return (
    <Plot x={x} y={y} width={360} height={240} margin={LOSS_MARGIN} title="Loss over epochs" description={description}>
      <AxisBottom label="epoch" />
      <AxisLeft label="loss (log scale)" />
      <LinePath xs={epochs} ys={losses} color="var(--c-a)" />
    </Plot>
  );
}
