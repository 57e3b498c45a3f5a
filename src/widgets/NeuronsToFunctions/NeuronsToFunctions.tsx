import { Slider } from '../../components/Slider';
import { Button } from '../../components/Button';
import { formatNumber } from '../../components/format';
import { roundToStep } from '../../components/sliderMath';
import { FIT_SAMPLES } from '../../core';
import { defineWidget, type PartProps } from '../shared/defineWidget';
import { nextSeed, optionLabel } from '../shared/params';
import { params, TRAIN_STEPS } from './params';
import { clearHandEdits, useFit } from './useFit';
import { mseTex, sumTex, targetCurveTex, unitTex } from './nfTex';
import { FitPlot } from './FitPlot';

type Part = PartProps<typeof params, ReturnType<typeof useFit>>;
type Values = Part['v'];

const mseText = (v: Values) => (v.fit.diverged ? 'diverged' : formatNumber(v.mse, 4));

function status(v: Values): string {
  if (v.error) return `Training stopped: ${v.error}. Press Reset to start again.`;
  if (v.fit.diverged) return 'Training diverged: the numbers grew without bound. Press Reset.';
  if (v.training) return `Training… ${v.fit.done} of ${v.steps} steps`;
  const hand = v.edited ? ', with units moved by hand (hand moves are not kept in the link)' : '';
  return `${v.fit.done} gradient-descent steps (η = ${v.lr})${hand}.`;
}

/** The hand sliders' grid: 2 decimals, as the unit's equation writes w, b and v. */
const STEP = 0.01;

/**
 * Unit j, and its w, b, v moved by hand (not state: a link keeps the trained network only).
 * A trained unit's numbers are shown on the sliders' grid (−3.23, not −3.233860), as in its equation.
 */
function UnitControls({ s, v, set }: Part) {
  const { j, unit, editUnit } = v;
  const shown = (x: number) => roundToStep(x, STEP);
  return (
    <div className="nn-controls-grid">
      <Slider label="j (unit to move)" value={j} min={1} max={s.n} step={1} onChange={(u) => set({ unit: u })} disabled={s.n === 1} />
      <Slider label={`w${j} (weight of unit ${j})`} value={shown(unit.w)} min={-20} max={20} step={STEP} color="var(--c-w)" onChange={(w) => editUnit(j - 1, { w })} />
      <Slider label={`b${j} (bias of unit ${j})`} value={shown(unit.b)} min={-60} max={60} step={STEP} color="var(--c-b)" onChange={(b) => editUnit(j - 1, { b })} />
      <Slider label={`v${j} (output weight of unit ${j})`} value={shown(unit.v)} min={-10} max={10} step={STEP} color="var(--c-a)" onChange={(w) => editUnit(j - 1, { v: w })} />
    </div>
  );
}

function Plot({ v }: Part) {
  const description =
    `The target curve (dashed), the ${v.n} units' contributions v_j·f(w_j x + b_j) (thin lines, unit ${v.j} highlighted) ` +
    `and their sum y(x) (thick line) for x from −3 to 3. Mean squared error ${mseText(v)}.`;
  const title = `${v.n} units fitting ${optionLabel(params.target, v.target)}`;
  return <FitPlot curves={v.curves} target={v.target} j={v.j} bend={v.bend} title={title} description={description} />;
}

/** One hidden layer as a sum of n bent pieces, trained or moved by hand. */
export default defineWidget({
  caption: 'Neurons to functions',
  description: 'Each hidden unit adds one bent piece; the thick line is their sum. Train the network, or move one unit by hand.',
  params,
  useDerived: useFit,
  equations: (v) => [sumTex(v.n, v.act, v.fit.c), unitTex(v.j, v.unit, v.act), mseTex(FIT_SAMPLES, v.mse), targetCurveTex(v.target)],
  readouts: (v) => [
    { label: 'n', value: String(v.n), color: 'var(--c-x)' },
    { label: 'mean squared error', value: mseText(v), color: 'var(--c-z)' },
    { label: 'steps', value: String(v.fit.done) },
    { label: `bend of unit ${v.j}`, value: Number.isFinite(v.bend) ? formatNumber(v.bend) : 'none', color: 'var(--c-b)' },
  ],
  code: (v) => v.code,
  announce: (v) => `${v.n} units, mean squared error ${mseText(v)} after ${v.fit.done} steps`,
  resample: (s) => ({ seed: nextSeed(s.seed), steps: 0 }),
  onReset: clearHandEdits,
  Actions: ({ v, set }: Part) => (
    <Button variant="primary" disabled={v.fit.diverged} onClick={() => set((s) => ({ steps: Math.min(params.steps.max, s.steps + TRAIN_STEPS) }))}>
      Train {TRAIN_STEPS} steps
    </Button>
  ),
  Controls: UnitControls,
  Aside: ({ v }: Part) => <p className="nn-nf-status">{status(v)}</p>,
  View: Plot,
});
