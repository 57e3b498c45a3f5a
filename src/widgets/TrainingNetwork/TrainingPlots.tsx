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
import { ClickLayer } from './ClickLayer';

// Light tints under the points: class 0 blue, class 1 red, white on the boundary.
const heatColor = divergingColor(1, [146, 197, 222], [247, 247, 247], [244, 165, 130]);
const BOUNDARY_BOX = { x0: -BOUNDARY_EXTENT, x1: BOUNDARY_EXTENT, y0: -BOUNDARY_EXTENT, y1: BOUNDARY_EXTENT };
// Module-level axis specs keep the plot's scales (and every mark under them) stable between frames.
const SQUARE_AXIS = { domain: [-BOUNDARY_EXTENT, BOUNDARY_EXTENT] } as const;
const HEAT_MARGIN = { left: 40, bottom: 36, right: 12 };
const LOSS_MARGIN = { left: 64 };

/** The data points, drawn once per data set (not on every frame of training): held-out ones hollow. */
const DataPoints = memo(function DataPoints({ start }: { start: TrainingSession }) {
  const { X, y, isTest } = start;
  const [xs, ys] = useMemo(() => {
    const a = new Float64Array(X.rows), b = new Float64Array(X.rows);
    for (let i = 0; i < X.rows; i++) [a[i], b[i]] = [X.data[2 * i], X.data[2 * i + 1]];
    return [a, b];
  }, [X]);
  const classOf = useMemo(
    () => (i: number) => `nn-train-point nn-train-point--${y[i] > 0.5 ? 1 : 0}${isTest[i] ? ' nn-train-point--test' : ''}`,
    [y, isTest],
  );
  return <Points xs={xs} ys={ys} r={3} classOf={classOf} />;
});

export interface BoundaryPlotProps {
  start: TrainingSession;
  grid: Float32Array;
  title: string;
  description: string;
  onPick: (x1: number, x2: number) => void;
}

export function BoundaryPlot({ start, grid, title, description, onPick }: BoundaryPlotProps) {
  return (
    <Plot
      x={SQUARE_AXIS}
      y={SQUARE_AXIS}
      width={320}
      height={320}
      margin={HEAT_MARGIN}
      title={title}
      description={description}
      className="nn-train-data-plot"
      underlay={<HeatmapRaster values={grid} cols={BOUNDARY_GRID} rows={BOUNDARY_GRID} color={heatColor} extent={BOUNDARY_BOX} smooth />}
    >
      <AxisBottom label="x1" grid={false} />
      <AxisLeft label="x2" grid={false} />
      <DataPoints start={start} />
      <ClickLayer lo={-BOUNDARY_EXTENT} hi={BOUNDARY_EXTENT} onPick={onPick} />
    </Plot>
  );
}

/** The loss plot's last epoch: 10, 20, 50, 100, 200 … so the axis changes rarely while training. */
function epochAxisMax(epoch: number): number {
  let m = 10;
  while (m < epoch) m = [2, 2.5, 2][Math.round(Math.log10(m) * 3) % 3] * m;
  return m;
}

export interface LossPlotProps {
  epochs: number[];
  losses: number[];
  testEpochs: number[];
  testLosses: number[];
  epoch: number;
  loss: string;
  testLoss: string;
}

export function LossPlot({ epochs, losses, testEpochs, testLosses, epoch, loss, testLoss }: LossPlotProps) {
  const maxEpoch = epochAxisMax(epoch);
  const [y0, y1] = lossDomain(testLosses.length > 0 ? [...losses, ...testLosses] : losses);
  const x = useMemo(() => ({ domain: [0, maxEpoch] as const }), [maxEpoch]);
  const y = useMemo(() => ({ domain: [y0, y1] as const, type: 'log' as const }), [y0, y1]);
  const testing = testLosses.length > 0;
  const description =
    losses.length === 0
      ? `Loss per epoch on a logarithmic scale: nothing yet; the untrained loss is ${loss}.`
      : `Loss per epoch on a logarithmic scale over ${epoch} epochs, training loss (solid) from ${formatNumber(losses[0])} after the first epoch to ${loss} now` +
        (testing ? `; test loss on the held-out points (dashed) from ${formatNumber(testLosses[0])} to ${testLoss}.` : '.');
  return (
    <Plot x={x} y={y} width={360} height={240} margin={LOSS_MARGIN} title="Loss over epochs" description={description}>
      <AxisBottom label="epoch" />
      <AxisLeft label="loss (log scale)" />
      <LinePath xs={epochs} ys={losses} color="var(--c-a)" />
      {testing ? <LinePath xs={testEpochs} ys={testLosses} color="var(--series-2)" dashed /> : null}
    </Plot>
  );
}
