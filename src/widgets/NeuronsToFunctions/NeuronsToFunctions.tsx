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
import { actLabels, nfSchema, targetLabels, TRAIN_STEPS } from './nfState';
import { curves, getUnit, learningRate, meanSquaredError, SAMPLES } from './nfMath';
import { mseTex, sumTex, targetCurveTex, unitTex } from './nfTex';
import { nfCode } from './nfCode';
import { useTrainedNetwork } from './useTrainedNetwork';

const targetOptions = (['sine', 'step', 'abs', 'bump'] as const).map((value) => ({ value, label: targetLabels[value] }));
const actOptions = (['tanh', 'relu', 'sigmoid'] as const).map((value) => ({ value, label: actLabels[value] }));
const yDomains = { sine: [-1.6, 1.6], step: [-0.6, 1.6], abs: [-0.6, 1.6], bump: [-0.6, 1.6] } as const;

/** Chapter 12: one hidden layer as a sum of N bent pieces, trained or moved by hand. */
export default function NeuronsToFunctions({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, nfSchema);
  const net = useTrainedNetwork(s);
  const { mlp, version } = net;
  const j = Math.min(s.unit, s.n);
  // version changes whenever the network's numbers change (training slices, hand edits).
  const drawn = useMemo(() => ({ ...curves(mlp, s.target), mse: meanSquaredError(mlp, s.target), unit: getUnit(mlp, j - 1) }), [mlp, s.target, j, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const { xs, target, contributions, sum, c, mse, unit } = drawn;
  const lr = learningRate[s.act];
  const mseText = net.diverged ? 'diverged' : formatNumber(mse, 4);
  const bend = unit.w === 0 ? Number.NaN : -unit.b / unit.w;
  const status = net.diverged
    ? 'Training diverged: the numbers grew without bound. Press Reset.'
    : net.training
      ? `Training… ${net.done} of ${s.steps} steps`
      : `${net.done} gradient-descent steps (η = ${lr})${net.edited ? ', then moved by hand (hand edits are not kept in the link)' : ''}.`;
  const description =
    `The target curve (dashed), the ${s.n} units' contributions v_j·f(w_j x + b_j) (thin lines, unit ${j} highlighted) ` +
    `and their sum y(x) (thick line) for x from −3 to 3. Mean squared error ${mseText}.`;

  return (
    <WidgetFrame
      id={id}
      caption="Neurons to functions"
      description="Each hidden unit adds one bent piece; the thick line is their sum. Train the network, or move one unit by hand."
      schema={nfSchema}
      state={s}
      onReset={() => {
        reset();
        net.restart();
      }}
      onResample={() => set({ seed: (s.seed * 7919 + 1) % 1_000_000, steps: 0 })}
      actions={
        <Button variant="primary" disabled={net.diverged} onClick={() => set({ steps: Math.min(20_000, s.steps + TRAIN_STEPS) })}>
          Train {TRAIN_STEPS} steps
        </Button>
      }
      code={nfCode({ n: s.n, act: s.act, target: s.target, seed: s.seed, steps: s.steps, lr })}
      announce={`${s.n} units, mean squared error ${mseText} after ${net.done} steps`}
      equation={
        <div className="nn-nf-equation">
          <LiveMath display tex={sumTex(s.n, s.act, c)} />
          <LiveMath display tex={unitTex(j, unit, s.act)} />
          <LiveMath display tex={mseTex(SAMPLES, mse)} />
          <LiveMath display tex={targetCurveTex(s.target)} />
          <Readout
            items={[
              { label: 'N', value: String(s.n), color: 'var(--c-x)' },
              { label: 'mean squared error', value: mseText, color: 'var(--c-z)' },
              { label: 'steps', value: String(net.done) },
              { label: `bend of unit ${j}`, value: formatNumber(bend), color: 'var(--c-b)' },
            ]}
          />
          <p className="nn-nf-status">{status}</p>
        </div>
      }
      controls={
        <>
          <Slider label="N (hidden units)" value={s.n} min={1} max={50} step={1} color="var(--c-x)" onChange={(n) => set({ n, steps: 0 })} />
          <ChoiceGroup legend="Target t(x)" options={targetOptions} value={s.target} onChange={(t) => set({ target: t, steps: 0 })} />
          <ChoiceGroup legend="Activation f" options={actOptions} value={s.act} onChange={(act) => set({ act, steps: 0 })} />
          <Slider label="j (unit to move)" value={j} min={1} max={s.n} step={1} onChange={(unit) => set({ unit })} disabled={s.n === 1} />
          <Slider label={`w${j} (weight of unit ${j})`} value={unit.w} min={-20} max={20} step={0.05} color="var(--c-w)" onChange={(w) => net.editUnit(j - 1, { w })} />
          <Slider label={`b${j} (bias of unit ${j})`} value={unit.b} min={-60} max={60} step={0.05} color="var(--c-b)" onChange={(b) => net.editUnit(j - 1, { b })} />
          <Slider label={`v${j} (output weight of unit ${j})`} value={unit.v} min={-10} max={10} step={0.01} color="var(--c-a)" onChange={(v) => net.editUnit(j - 1, { v })} />
        </>
      }
    >
      <Plot
        x={{ domain: [-3, 3] }}
        y={{ domain: yDomains[s.target] }}
        height={300}
        title={`${s.n} units fitting ${targetLabels[s.target]}`}
        description={description}
      >
        <AxisBottom label="x" />
        <AxisLeft label="y" />
        {contributions.map((piece, k) =>
          k === j - 1 ? null : <LinePath key={k} xs={xs} ys={piece} color="var(--muted)" strokeWidth={1} className="nn-nf-piece" />,
        )}
        <LinePath xs={xs} ys={contributions[j - 1]} color="var(--c-w)" strokeWidth={1.75} />
        {Number.isFinite(bend) ? <RuleX x={bend} color="var(--c-b)" label={`bend ${j}`} /> : null}
        <LinePath xs={xs} ys={target} color="var(--c-y)" strokeWidth={2} dashed />
        <LinePath xs={xs} ys={sum} color="var(--c-a)" strokeWidth={3.5} />
      </Plot>
      <p className="nn-nf-legend" aria-hidden="true">
        <span className="nn-nf-legend__t">╍ target t(x)</span>
        <span className="nn-nf-legend__y">━ sum y(x)</span>
        <span className="nn-nf-legend__j">─ unit {j}</span>
        <span className="nn-nf-legend__p">─ other units</span>
      </p>
    </WidgetFrame>
  );
}
