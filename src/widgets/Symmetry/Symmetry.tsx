import { useMemo } from 'react';
import { Slider } from '../../components/Slider';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Button } from '../../components/Button';
import { LiveMath } from '../../components/LiveMath';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { RuleX } from '../../components/plot/Rules';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { LEARNING_RATE, MAX_STEPS, nextSeed, symmetrySchema } from './symmetryState';
import { trainTrajectory } from './symmetryMath';
import { differenceTex, updateTex } from './symmetryTex';
import { symmetryCode } from './symmetryCode';

const startOptions = [
  { value: 'equal', label: 'start equal' },
  { value: 'random', label: 'start random' },
] as const;

/** Chapter 3: two hidden neurons started equal stay equal under training; started random, they part. */
export default function Symmetry({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, symmetrySchema);
  const { start, steps, seed } = s;
  const tr = useMemo(() => trainTrajectory(start, seed), [start, seed]);
  const t = steps;
  const shown = useMemo(() => {
    const cut = (a: Float64Array) => a.subarray(0, t + 1);
    return {
      steps: cut(tr.steps),
      w: tr.w.map((pair) => pair.map(cut)),
      loss: cut(tr.loss),
    };
  }, [tr, t]);
  const pair = {
    w11: tr.w[0][0][t], w12: tr.w[0][1][t], b1: tr.b[0][t],
    w21: tr.w[1][0][t], w22: tr.w[1][1][t], b2: tr.b[1][t],
    difference: tr.difference[t],
  };
  const f = (x: number) => formatNumber(x);
  const same = pair.difference === 0;
  const yLo = Math.min(-1, ...tr.w.flat().map((a) => Math.min(...a)));
  const yHi = Math.max(1, ...tr.w.flat().map((a) => Math.max(...a)));
  const verdict = same
    ? `After ${t} steps the two neurons are still identical: Δ = 0 exactly. Whatever one learns, the other learns too.`
    : `After ${t} steps the two neurons differ by Δ = ${f(pair.difference)}: they have become different feature detectors.`;
  const description =
    `Weights into hidden neuron 1 (thick lines) and hidden neuron 2 (thin lines) over ${t} steps of gradient descent on XOR, ` +
    `started ${start}. Solid: the weight from x1; dashed: the weight from x2. ` +
    `Neuron 1 ends at (${f(pair.w11)}, ${f(pair.w12)}), neuron 2 at (${f(pair.w21)}, ${f(pair.w22)}); ` +
    (same ? 'the lines lie exactly on top of each other.' : `they have parted by Δ = ${f(pair.difference)}.`);
  const lossDescription = `Cross-entropy loss over ${t} steps, from ${f(tr.loss[0])} to ${f(tr.loss[t])}.`;

  return (
    <WidgetFrame
      id={id}
      caption="Symmetry"
      description="A 2-2-1 network learns XOR by gradient descent. Start its two hidden neurons equal or random and train."
      schema={symmetrySchema}
      state={s}
      onReset={reset}
      onResample={() => set((cur) => ({ seed: nextSeed(cur.seed) }))}
      actions={
        <>
          <Button onClick={() => set((cur) => ({ steps: cur.steps + 1 }))} disabled={t >= MAX_STEPS}>Step</Button>
          <Button onClick={() => set((cur) => ({ steps: cur.steps + 25 }))} disabled={t >= MAX_STEPS}>Train 25 steps</Button>
        </>
      }
      code={symmetryCode(s)}
      announce={verdict}
      equation={
        <div className="nn-symmetry-equation">
          <LiveMath display tex={updateTex(LEARNING_RATE)} />
          <LiveMath display tex={differenceTex(pair)} />
          <Readout
            items={[
              { label: 'step', value: String(t) },
              { label: 'weight difference Δ', value: f(pair.difference), color: 'var(--c-z)' },
              { label: 'loss', value: f(tr.loss[t]) },
            ]}
          />
          <p className="nn-symmetry-verdict">{verdict}</p>
        </div>
      }
      controls={
        <>
          <ChoiceGroup legend="Initial weights" options={startOptions} value={start} onChange={(v) => set({ start: v })} />
          <Slider label="steps (training steps)" value={steps} min={0} max={MAX_STEPS} step={1} onChange={(v) => set({ steps: v })} />
          <Slider label="seed" value={seed} min={0} max={1_000_000} step={1} onChange={(v) => set({ seed: v })} />
        </>
      }
    >
      <div className="nn-symmetry-plot">
        <Plot
          x={{ domain: [0, MAX_STEPS] }}
          y={{ domain: [yLo * 1.05, yHi * 1.05] }}
          height={240}
          title="Weights into each hidden neuron over the training steps"
          description={description}
        >
          <AxisBottom label="training step" />
          <AxisLeft label="weight" />
          <RuleX x={t} label={`step ${t}`} />
          <LinePath xs={shown.steps} ys={shown.w[0][0]} color="var(--series-1)" strokeWidth={6} />
          <LinePath xs={shown.steps} ys={shown.w[0][1]} color="var(--series-1)" strokeWidth={6} dashed />
          <LinePath xs={shown.steps} ys={shown.w[1][0]} color="var(--series-2)" strokeWidth={2} />
          <LinePath xs={shown.steps} ys={shown.w[1][1]} color="var(--series-2)" strokeWidth={2} dashed />
        </Plot>
        <p className="nn-symmetry-legend" aria-hidden="true">
          <span style={{ color: 'var(--series-1)' }}>━ neuron 1</span> <span style={{ color: 'var(--series-2)' }}>— neuron 2</span>{' '}
          · solid: from x1 · dashed: from x2
        </p>
      </div>
      <div className="nn-symmetry-plot">
        <Plot x={{ domain: [0, MAX_STEPS] }} y={{ domain: [0, Math.max(1, ...tr.loss) * 1.05] }} height={240} title="Loss over the training steps" description={lossDescription}>
          <AxisBottom label="training step" />
          <AxisLeft label="loss L" />
          <LinePath xs={shown.steps} ys={shown.loss} color="var(--c-y)" />
        </Plot>
      </div>
    </WidgetFrame>
  );
}
