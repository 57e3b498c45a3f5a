import { Button } from '../../components/Button';
import { formatNumber } from '../../components/format';
import { CRITICAL_ETA } from '../../core';
import { defineWidget } from '../shared/defineWidget';
import { DIVERGED_MESSAGE, params } from './params';
import { MOMENTUM_CRITICAL_ETA, bowlTex, conditionTex, updateTex } from './descentTex';
import { descentCode } from './descentCode';
import { startRun, stopRun, useDescent, type DescentPart } from './useDescent';
import { DescentPlot } from './DescentPlot';

const f = (x: number) => formatNumber(x);
const MAX_STEPS = params.steps.max;

function StepButtons({ id, s, v, set }: DescentPart) {
  const stopped = v.path.diverged || s.steps >= MAX_STEPS;
  return (
    <>
      <Button variant="primary" disabled={stopped} onClick={() => set({ steps: s.steps + 1 })}>
        Step
      </Button>
      <Button disabled={stopped || v.running} onClick={() => startRun(id, s, Math.min(MAX_STEPS, s.steps + s.n))}>
        Run {s.n} steps
      </Button>
    </>
  );
}

/** Whether the walk diverged, in words, or the rate it stays below. */
const Verdict = ({ v }: DescentPart) =>
  v.path.diverged ? (
    <p className="nn-learn-warning" role="alert">
      {DIVERGED_MESSAGE}
    </p>
  ) : (
    <p className="nn-learn-note">
      {v.opt === 'adam'
        ? 'Adam divides each step by the size of recent slopes, so each weight moves about η a step, on a steep wall or a flat floor alike.'
        : v.opt === 'momentum'
          ? `With momentum the ${v.surface === 'valley' ? 'valley' : 'bowl'} converges for every learning rate below 2(1 + 0.9)/5 = ${f(MOMENTUM_CRITICAL_ETA)}.`
          : `The ${v.surface === 'valley' ? 'valley' : 'bowl'} converges for every learning rate below 2/5 = ${f(CRITICAL_ETA)}.`}
    </p>
  );

/** Chapter 10: gradient descent on a quadratic bowl, step by step, with divergence named. */
export default defineWidget({
  caption: 'Gradient descent',
  description: 'Walk downhill on a loss surface over two weights, by plain gradient descent, momentum or Adam. Click the map to choose a start.',
  className: 'nn-learn',
  params,
  useDerived: useDescent,
  equations: (v) => [bowlTex(v, v.digits), updateTex(v, v.digits), conditionTex(v.eta, v.digits, v.opt)],
  readouts: (v) => [
    { label: 'step', value: String(v.path.steps) },
    { label: 'L', value: v.path.diverged ? 'diverged' : f(v.L) },
    { label: 'w1', value: v.path.diverged ? 'diverged' : f(v.w1), color: 'var(--c-w)' },
    { label: 'w2', value: v.path.diverged ? 'diverged' : f(v.w2), color: 'var(--c-w)' },
  ],
  code: (v) => descentCode(v, v.path.steps, v.path.diverged),
  announce: (v) => (v.path.diverged ? `Diverged after ${v.path.steps} steps` : `step ${v.path.steps}, loss ${f(v.L)}`),
  Aside: Verdict,
  Actions: StepButtons,
  View: DescentPlot,
  onReset: stopRun,
});
