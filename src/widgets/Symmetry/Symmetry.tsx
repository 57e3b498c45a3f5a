import { useMemo } from 'react';
import { Button } from '../../components/Button';
import { formatNumber } from '../../components/format';
import { defineWidget, type PartProps } from '../shared/defineWidget';
import { LEARNING_RATE, MAX_STEPS, params, type SymmetryState } from './params';
import { trainTrajectory } from './symmetryMath';
import { differenceTex, updateTex } from './symmetryTex';
import { symmetryCode } from './symmetryCode';
import { SymmetryPlots } from './SymmetryPlots';

const f = (x: number) => formatNumber(x);

/** The whole run is trained once per start and seed; the step slider only reads it. */
function useTrajectory(s: SymmetryState) {
  const tr = useMemo(() => trainTrajectory(s.start, s.seed), [s.start, s.seed]);
  return useMemo(() => {
    const t = s.steps;
    const pair = { w11: tr.w[0][0][t], w12: tr.w[0][1][t], b1: tr.b[0][t], w21: tr.w[1][0][t], w22: tr.w[1][1][t], b2: tr.b[1][t], difference: tr.difference[t] };
    const verdict =
      pair.difference === 0
        ? `After ${t} steps the two neurons are still identical: Δ = 0 exactly. Whatever one learns, the other learns too.`
        : `After ${t} steps the two neurons differ by Δ = ${f(pair.difference)}: they have become different feature detectors.`;
    return { tr, pair, loss: tr.loss[t], verdict };
  }, [tr, s.steps]);
}
type Part = PartProps<typeof params, ReturnType<typeof useTrajectory>>;

function TrainButtons({ s, set }: Part) {
  const train = (n: number) => () => set((cur) => ({ steps: cur.steps + n }));
  return (
    <>
      <Button onClick={train(1)} disabled={s.steps >= MAX_STEPS}>Step</Button>
      <Button onClick={train(25)} disabled={s.steps >= MAX_STEPS}>Train 25 steps</Button>
    </>
  );
}

/** Chapter 3: two hidden neurons started equal stay equal under training; started random, they part. */
export default defineWidget({
  caption: 'Symmetry',
  description: 'A 2-2-1 network learns XOR by gradient descent. Start its two hidden neurons equal or random and train.',
  className: 'nn-symmetry',
  params,
  useDerived: useTrajectory,
  resample: true,
  equations: (v) => [updateTex(LEARNING_RATE), differenceTex(v.pair)],
  readouts: (v) => [
    { label: 'step', value: String(v.steps) },
    { label: 'weight difference Δ', value: f(v.pair.difference), color: 'var(--c-z)' },
    { label: 'loss', value: f(v.loss) },
  ],
  code: symmetryCode,
  announce: (v) => v.verdict,
  Aside: ({ v }: Part) => <p className="nn-symmetry-verdict">{v.verdict}</p>,
  Actions: TrainButtons,
  View: SymmetryPlots,
});
