import { useMemo } from 'react';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { RuleX } from '../../components/plot/Rules';
import { MAX_STEPS, type SymmetryState } from './params';
import type { Trajectory } from './symmetryMath';
import type { NeuronPair } from './symmetryTex';

const f = (x: number) => formatNumber(x);

/** The weights into each hidden neuron, and the loss, over the steps trained so far. */
export function SymmetryPlots({ v }: { v: SymmetryState & { tr: Trajectory; pair: NeuronPair } }) {
  const { tr, pair, steps: t, start } = v;
  const shown = useMemo(() => {
    const cut = (a: Float64Array) => a.subarray(0, t + 1);
    return { steps: cut(tr.steps), w: tr.w.map((pair) => pair.map(cut)), loss: cut(tr.loss) };
  }, [tr, t]);
  const yLo = Math.min(-1, ...tr.w.flat().map((a) => Math.min(...a)));
  const yHi = Math.max(1, ...tr.w.flat().map((a) => Math.max(...a)));
  const description =
    `Weights into hidden neuron 1 (thick lines) and hidden neuron 2 (thin lines) over ${t} steps of gradient descent on XOR, ` +
    `started ${start}. Solid: the weight from x1; dashed: the weight from x2. ` +
    `Neuron 1 ends at (${f(pair.w11)}, ${f(pair.w12)}), neuron 2 at (${f(pair.w21)}, ${f(pair.w22)}); ` +
    (pair.difference === 0 ? 'the lines lie exactly on top of each other.' : `they have parted by Δ = ${f(pair.difference)}.`);
  return (
    <>
      <div className="nn-symmetry-plot">
        <Plot x={{ domain: [0, MAX_STEPS] }} y={{ domain: [yLo * 1.05, yHi * 1.05] }} height={240} title="Weights into each hidden neuron over the training steps" description={description}>
          <AxisBottom label="training step" />
          <AxisLeft label="weight" />
          <RuleX x={t} label={`step ${t}`} />
          <LinePath xs={shown.steps} ys={shown.w[0][0]} color="var(--series-1)" strokeWidth={6} />
          <LinePath xs={shown.steps} ys={shown.w[0][1]} color="var(--series-1)" strokeWidth={6} dashed />
          <LinePath xs={shown.steps} ys={shown.w[1][0]} color="var(--series-2)" strokeWidth={2} />
          <LinePath xs={shown.steps} ys={shown.w[1][1]} color="var(--series-2)" strokeWidth={2} dashed />
        </Plot>
        <p className="nn-symmetry-legend" aria-hidden="true">
          <span style={{ color: 'var(--series-1)' }}>━ neuron 1</span> <span style={{ color: 'var(--series-2)' }}>─ neuron 2</span>{' '}
          · solid: from x1 · dashed: from x2
        </p>
      </div>
      <div className="nn-symmetry-plot">
        <Plot
          x={{ domain: [0, MAX_STEPS] }}
          y={{ domain: [0, Math.max(1, ...tr.loss) * 1.05] }}
          height={240}
          title="Loss over the training steps"
          description={`Cross-entropy loss over ${t} steps, from ${f(tr.loss[0])} to ${f(tr.loss[t])}.`}
        >
          <AxisBottom label="training step" />
          <AxisLeft label="loss L" />
          <LinePath xs={shown.steps} ys={shown.loss} color="var(--c-y)" />
        </Plot>
      </div>
    </>
  );
}
