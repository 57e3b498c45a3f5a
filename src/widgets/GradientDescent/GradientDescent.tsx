import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Slider } from '../../components/Slider';
import { Button } from '../../components/Button';
import { LiveMath } from '../../components/LiveMath';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { Marker } from '../../components/plot/Marker';
import { Points } from '../../components/plot/Points';
import { HeatmapRaster } from '../../components/plot/HeatmapRaster';
import { sequentialColor } from '../../components/plot/colorRamps';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { LogSlider } from '../../components/LogSlider';
import { descentSchema } from './descentState';
import { bowlTex, conditionTex, updateTex } from './descentTex';
import { descentCode } from './descentCode';
import { ClickLayer, ContourLines } from './ContourLines';
import { CRITICAL_ETA, DIVERGED_MESSAGE, contourSegments, descend, lossGrid } from './descentMath';

const LO = -3;
const HI = 3;
const GRID = 61;
const LEVELS = [0.25, 1, 2.5, 5, 10, 20];
const surface = lossGrid(GRID, GRID, LO, HI);
const contours = LEVELS.flatMap((level) => contourSegments(surface, GRID, GRID, LO, HI, level));
const heatColor = sequentialColor([0, 27], [250, 248, 240], [214, 200, 160]);

const round2 = (x: number) => Math.round(x * 100) / 100;
const reducedMotion = () => typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

/** Chapter 10: gradient descent on a quadratic bowl, step by step, with divergence named. */
export default function GradientDescent({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, descentSchema);
  const [target, setTarget] = useState<number | null>(null);
  const path = useMemo(() => descend(s.w1s, s.w2s, s.eta, s.steps), [s.w1s, s.w2s, s.eta, s.steps]);
  const last = path.steps;
  const w1 = path.w1[last];
  const w2 = path.w2[last];
  const L = path.loss[last];
  // Typeset equations may trail a drag or a run by a frame; numbers and the path never do.
  const tex = useDeferredValue({ w1, w2, L, eta: s.eta });
  const stopped = path.diverged || s.steps >= descentSchema.steps.max;

  // Run: one step per animation frame until the target step or divergence.
  useEffect(() => {
    if (target === null) return;
    if (path.diverged || s.steps >= target) {
      setTarget(null);
      return;
    }
    const frame = requestAnimationFrame(() => set((st) => ({ steps: st.steps + 1 })));
    return () => cancelAnimationFrame(frame);
  }, [target, s.steps, path.diverged, set]);

  const run = () => {
    const goal = Math.min(descentSchema.steps.max, s.steps + s.n);
    if (reducedMotion()) set({ steps: goal });
    else setTarget(goal);
  };
  const onReset = () => {
    setTarget(null);
    reset();
  };
  const f = (x: number) => formatNumber(x);
  const description =
    `Contour map of L = ½(w1² + 5·w2²) over w1 and w2 from −3 to 3, darker where the loss is larger, lowest at (0, 0). ` +
    `The path starts at (${f(s.w1s)}, ${f(s.w2s)}) with learning rate ${formatNumber(s.eta, 4)} and ` +
    (path.diverged
      ? `diverged after ${last} steps: each step overshoots the valley.`
      : `after ${last} steps is at (${f(w1)}, ${f(w2)}) with loss ${f(L)}.`);

  return (
    <WidgetFrame
      id={id}
      caption="Gradient descent"
      description="Walk downhill on a loss surface over two weights. Click the map to choose a start."
      schema={descentSchema}
      state={s}
      onReset={onReset}
      code={descentCode(s, last, w1, w2, path.diverged)}
      announce={path.diverged ? `Diverged after ${last} steps` : `step ${last}, loss ${f(L)}`}
      actions={
        <>
          <Button variant="primary" disabled={stopped} onClick={() => set({ steps: s.steps + 1 })}>
            Step
          </Button>
          <Button disabled={stopped || target !== null} onClick={run}>
            Run {s.n} steps
          </Button>
        </>
      }
      equation={
        <div className="nn-learn-equation">
          <LiveMath display tex={bowlTex(tex.w1, tex.w2, tex.L)} />
          <LiveMath display tex={updateTex(tex.w1, tex.w2, tex.eta)} />
          <LiveMath display tex={conditionTex(tex.eta)} />
          <Readout
            items={[
              { label: 'step', value: String(last) },
              { label: 'L', value: path.diverged ? 'diverged' : f(L) },
              { label: 'w1', value: path.diverged ? 'diverged' : f(w1), color: 'var(--c-w)' },
              { label: 'w2', value: path.diverged ? 'diverged' : f(w2), color: 'var(--c-w)' },
            ]}
          />
          {path.diverged ? (
            <p className="nn-learn-warning" role="alert">
              {DIVERGED_MESSAGE}
            </p>
          ) : (
            <p className="nn-learn-note">
              The bowl converges for every learning rate below 2/5 = {formatNumber(CRITICAL_ETA)}.
            </p>
          )}
        </div>
      }
      controls={
        <div className="nn-controls-grid">
          <LogSlider label="eta (learning rate)" symbol="η" value={s.eta} min={0.001} max={1} exponentStep={0.01} color="var(--accent)" onChange={(eta) => set({ eta })} />
          <Slider label="w1₀ (start w1)" value={s.w1s} min={LO} max={HI} step={0.1} color="var(--c-w)" onChange={(w1s) => set({ w1s })} />
          <Slider label="w2₀ (start w2)" value={s.w2s} min={LO} max={HI} step={0.1} color="var(--c-w)" onChange={(w2s) => set({ w2s })} />
          <Slider label="N (steps per run)" value={s.n} min={1} max={100} step={1} onChange={(n) => set({ n })} />
        </div>
      }
    >
      <Plot
        x={{ domain: [LO, HI] }}
        y={{ domain: [LO, HI] }}
        width={420}
        height={400}
        title={`Gradient descent path, learning rate ${formatNumber(s.eta, 4)}`}
        description={description}
        underlay={<HeatmapRaster values={surface} cols={GRID} rows={GRID} color={heatColor} smooth />}
      >
        <ContourLines segments={contours} />
        <AxisBottom label="w1" />
        <AxisLeft label="w2" />
        <LinePath xs={path.w1} ys={path.w2} color="var(--series-2)" strokeWidth={1.5} />
        <Points xs={path.w1} ys={path.w2} color="var(--series-2)" r={3} />
        <Marker x={s.w1s} y={s.w2s} color="var(--c-w)" label="start" />
        {last > 0 && !path.diverged ? <Marker x={w1} y={w2} color="var(--series-1)" r={4} /> : null}
        <ClickLayer lo={LO} hi={HI} onPick={(x, y) => set({ w1s: round2(x), w2s: round2(y), steps: 0 })} />
      </Plot>
    </WidgetFrame>
  );
}
