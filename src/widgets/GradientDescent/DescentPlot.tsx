import { contourSegments, lossGrid } from '../../core';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { Marker } from '../../components/plot/Marker';
import { Points } from '../../components/plot/Points';
import { HeatmapRaster } from '../../components/plot/HeatmapRaster';
import { sequentialColor } from '../../components/plot/colorRamps';
import { PlotHandle, snap, stepValue } from '../../components/plot/usePlotDrag';
import { ClickLayer, ContourLines } from './ContourLines';
import { params } from './params';
import type { DescentPart } from './useDescent';

const LO = -3;
const HI = 3;
const GRID = 61;
const LEVELS = [0.25, 1, 2.5, 5, 10, 20];
// Both surfaces' maps, computed once: the valley's levels reach further along w1.
const maps = (['bowl', 'valley'] as const).map((name) => {
  const grid = lossGrid(GRID, GRID, LO, HI, name);
  return { grid, contours: LEVELS.flatMap((level) => contourSegments(grid, GRID, GRID, LO, HI, level)) };
});
const NAMES = { bowl: 'L = ½(w1² + 5·w2²)', valley: 'L = ½(0.05·w1² + 5·w2²), a long narrow valley,' } as const;
const OPTIMISERS = { sgd: 'gradient descent', momentum: 'momentum', adam: 'Adam' } as const;
const heatColor = sequentialColor([0, 27], [250, 248, 240], [214, 200, 160]);
const round2 = (x: number) => Math.round(x * 100) / 100;
const f = (x: number) => formatNumber(x);
const KEY_STEP = params.w1s.step ?? 0.1;
// On the start sliders' grid, so a dragged start is one the sliders can show.
const onMap = (x: number) => snap(x, KEY_STEP, LO, HI);

/** The start point as a handle: drag it over the map, or move it with the arrow keys (w1 sideways, w2 up and down). */
function StartHandle({ s, set }: Pick<DescentPart, 's' | 'set'>) {
  return (
    <PlotHandle
      x={s.w1s}
      y={s.w2s}
      label="Drag handle: the start point"
      value={s.w1s}
      min={LO}
      max={HI}
      valueText={`start w1 = ${f(s.w1s)}, w2 = ${f(s.w2s)}`}
      color="var(--c-w)"
      hint="Drag to move the start; arrow keys: left and right move w1₀, up and down w2₀ (as their sliders do)"
      onDrag={(p) => set({ w1s: onMap(p.x), w2s: onMap(p.y), steps: 0 })}
      onStep={(dx, dy) => set({ w1s: stepValue(s.w1s, dx, KEY_STEP, LO, HI), w2s: stepValue(s.w2s, Math.sign(dy), KEY_STEP, LO, HI), steps: 0 })}
      onEdge={(edge) => set({ w1s: edge === 'min' ? LO : HI, steps: 0 })}
    />
  );
}

/** The bowl's contour map with the path; a click on the map moves the start there, and the start can be dragged. */
export function DescentPlot({ s, v, set }: DescentPart) {
  const { path } = v;
  const map = maps[s.surface === 'valley' ? 1 : 0];
  const description =
    `Contour map of ${NAMES[s.surface]} over w1 and w2 from −3 to 3, darker where the loss is larger, lowest at (0, 0). ` +
    `The ${OPTIMISERS[s.opt]} path starts at (${f(s.w1s)}, ${f(s.w2s)}) with learning rate ${formatNumber(s.eta, 4)} and ` +
    (path.diverged ? `diverged after ${path.steps} steps: each step overshoots the valley.` : `after ${path.steps} steps is at (${f(v.w1)}, ${f(v.w2)}) with loss ${f(v.L)}.`);
  return (
    <Plot
      x={{ domain: [LO, HI] }}
      y={{ domain: [LO, HI] }}
      width={420}
      height={400}
      title={`Gradient descent path (${OPTIMISERS[s.opt]}), learning rate ${formatNumber(s.eta, 4)}`}
      description={description}
      overlay={<StartHandle s={s} set={set} />}
      underlay={<HeatmapRaster values={map.grid} cols={GRID} rows={GRID} color={heatColor} smooth />}
    >
      <ContourLines segments={map.contours} />
      <AxisBottom label="w1" />
      <AxisLeft label="w2" />
      <LinePath xs={path.w1} ys={path.w2} color="var(--series-2)" strokeWidth={1.5} />
      <Points xs={path.w1} ys={path.w2} color="var(--series-2)" r={3} />
      <Marker x={s.w1s} y={s.w2s} color="var(--c-w)" label="start" />
      {path.steps > 0 && !path.diverged ? <Marker x={v.w1} y={v.w2} color="var(--series-1)" r={4} /> : null}
      <ClickLayer lo={LO} hi={HI} onPick={(x, y) => set({ w1s: round2(x), w2s: round2(y), steps: 0 })} />
    </Plot>
  );
}
