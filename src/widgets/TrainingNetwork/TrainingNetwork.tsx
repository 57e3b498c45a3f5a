import { useEffect, useMemo, useRef } from 'react';
import { makeDataset } from '../../core';
import { Slider } from '../../components/Slider';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Button } from '../../components/Button';
import { LiveMath } from '../../components/LiveMath';
import { formatNumber, formatPercent } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { Points } from '../../components/plot/Points';
import { HeatmapRaster } from '../../components/plot/HeatmapRaster';
import { divergingColor } from '../../components/plot/colorRamps';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { StateOf } from '../shared/params';
import type { WidgetProps } from '../registry';
import {
  activationLabels, BEST_NONE, datasetLabels, initLabels, LR_LADDER, lrIndex, trainingSchema,
} from './trainingState';
import { EXTENT, GRID, N_POINTS, layerSizes } from './trainingEngine';
import { useTrainingRunner } from './useTrainingRunner';
import { useThrottled } from './useThrottled';
import { lossTex, stepsPerEpochTex, stepTex } from './trainingTex';
import { trainingCode } from './trainingCode';
import { divergedMessage, lossDomain, rateText } from './trainingView';

type State = StateOf<typeof trainingSchema>;
const options = <T extends string>(labels: Record<T, string>) =>
  (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
const datasetOptions = options(datasetLabels);
const activationOptions = options(activationLabels);
const initOptions = options(initLabels);
// Light tints under the points: class 0 blue, class 1 red, white on the boundary.
const heatColor = divergingColor(1, [146, 197, 222], [247, 247, 247], [244, 165, 130]);
const EXTENT_BOX = { x0: -EXTENT, x1: EXTENT, y0: -EXTENT, y1: EXTENT };
// Module-level axis specs keep the plot's scales (and every mark under them) stable between frames.
const SQUARE_AXIS = { domain: [-EXTENT, EXTENT] } as const;
const HEAT_MARGIN = { left: 40, bottom: 36, right: 12 };
const LOSS_MARGIN = { left: 64 };

/** The loss plot's last epoch: 10, 20, 50, 100, 200 … so the axis changes rarely while training. */
function epochAxisMax(epoch: number): number {
  let m = 10;
  while (m < epoch) m = [2, 2.5, 2][Math.round(Math.log10(m) * 3) % 3] * m;
  return m;
}

/** Chapter 11: a small MLP trained on 2-D data, off the main thread, with its decision boundary. */
export default function TrainingNetwork({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, trainingSchema);
  const config = { dataset: s.dataset, noise: s.noise, act: s.act, init: s.init, hidden: s.hidden, units: s.units, seed: s.seed };
  const run = useTrainingRunner(config, s.lr, s.batch);
  // A new network (any setting but η and B) starts a new record.
  const rebuild = (patch: Partial<State>) => set({ ...patch, best: BEST_NONE });

  // Write the lowest loss reached into the state (for exercises), at most twice a second.
  const lastWrite = useRef(-Infinity);
  useEffect(() => {
    if (run.diverged || !Number.isFinite(run.loss) || run.epoch === 0) return;
    const now = performance.now();
    if (run.loss < s.best * 0.99 && (!run.running || now - lastWrite.current > 500)) {
      lastWrite.current = now;
      set({ best: Number(run.loss.toPrecision(4)) });
    }
  }, [run.loss, run.running, run.diverged, run.epoch, s.best, set]);

  const { X, y } = useMemo(() => makeDataset(s.dataset, N_POINTS, s.noise, s.seed), [s.dataset, s.noise, s.seed]);
  const [px, py] = useMemo(() => {
    const xs = new Float64Array(X.rows), ys = new Float64Array(X.rows);
    for (let i = 0; i < X.rows; i++) [xs[i], ys[i]] = [X.data[2 * i], X.data[2 * i + 1]];
    return [xs, ys];
  }, [X]);
  const classOf = useMemo(() => (i: number) => (y[i] > 0.5 ? 'nn-train-point nn-train-point--1' : 'nn-train-point nn-train-point--0'), [y]);

  const pointsMark = useMemo(() => <Points xs={px} ys={py} r={3} classOf={classOf} />, [px, py, classOf]);
  const sizes = layerSizes(s.hidden, s.units);
  const lossText = run.diverged ? 'diverged' : formatNumber(run.loss);
  const accText = run.diverged ? '—' : formatPercent(run.accuracy, 1);
  const epochText = String(run.epoch);
  const [y0, y1] = lossDomain(run.historyLosses);
  const maxEpoch = epochAxisMax(run.epoch);
  const lossX = useMemo(() => ({ domain: [0, maxEpoch] as const }), [maxEpoch]);
  const lossY = useMemo(() => ({ domain: [y0, y1] as const, type: 'log' as const }), [y0, y1]);
  // While training runs, the typeset equation and the code follow at 4 updates a second.
  const slow = run.running ? 250 : 0;
  const eqLoss = useThrottled(run.loss, slow);
  const codeEpoch = useThrottled(run.epoch, slow);
  const dsName = datasetLabels[s.dataset];

  const heatDescription = run.diverged
    ? `Decision boundary: none, because training diverged after ${epochText} epochs.`
    : `Decision boundary of the ${sizes.join('-')} network on the ${dsName} data after ${epochText} epochs: ` +
      `blue where it predicts class 0, red where it predicts class 1, white on the boundary. ` +
      `The ${N_POINTS} data points are drawn on top; ${accText} of them are classified correctly.`;
  const lossDescription =
    run.historyLosses.length === 0
      ? `Loss per epoch on a logarithmic scale: nothing yet; the untrained loss is ${formatNumber(run.loss)}.`
      : `Loss per epoch on a logarithmic scale over ${epochText} epochs, from ${formatNumber(run.historyLosses[0])} ` +
        `after the first epoch to ${lossText} now.`;

  // The controls depend on the state only: not rebuilt for every training frame.
  const controls = useMemo(() => {
    const rebuild = (patch: Partial<State>) => set({ ...patch, best: BEST_NONE });
    return (
      <>
        <ChoiceGroup legend="Data set" options={datasetOptions} value={s.dataset} onChange={(dataset) => rebuild({ dataset })} />
        <Slider label="noise" value={s.noise} min={0} max={0.5} step={0.05} color="var(--c-x)" onChange={(noise) => rebuild({ noise })} />
        <ChoiceGroup legend="Activation f" options={activationOptions} value={s.act} onChange={(act) => rebuild({ act })} />
        <ChoiceGroup legend="Initialisation" options={initOptions} value={s.init} onChange={(init) => rebuild({ init })} />
        <Slider label="L (hidden layers)" value={s.hidden} min={0} max={6} step={1} onChange={(hidden) => rebuild({ hidden })} />
        <Slider label="n (units per layer)" value={s.units} min={1} max={8} step={1} onChange={(units) => rebuild({ units })} />
        <Slider
          label="eta (learning rate)"
          value={lrIndex(s.lr)}
          min={0}
          max={LR_LADDER.length - 1}
          step={1}
          exactEntry={false}
          color="var(--c-w)"
          format={(i) => formatNumber(LR_LADDER[Math.round(i)] ?? s.lr, 4)}
          onChange={(i) => set({ lr: LR_LADDER[Math.round(i)] })}
        />
        <Slider label="B (batch size)" value={s.batch} min={1} max={64} step={1} onChange={(batch) => set({ batch })} />
      </>
    );
  }, [s, set]);

  const message = run.diverged ? divergedMessage : null;
  const onReset = () => {
    reset();
    run.restart();
  };

  return (
    <WidgetFrame
      id={id}
      caption="Training a network"
      description="Press Play to train; change the data, the network or the learning rate and watch the boundary form."
      schema={trainingSchema}
      state={s}
      onReset={onReset}
      onResample={() => rebuild({ seed: (s.seed * 7919 + 1) % 1_000_000 })}
      code={trainingCode({ ...s, epoch: codeEpoch })}
      announce={run.diverged ? divergedMessage : run.running ? '' : `Epoch ${epochText}, loss ${lossText}, accuracy ${accText}`}
      actions={
        <>
          <Button variant="primary" onClick={run.play} disabled={run.running || run.diverged}>Play</Button>
          <Button onClick={run.pause} disabled={!run.running}>Pause</Button>
          <Button onClick={run.step} disabled={run.diverged}>Step</Button>
        </>
      }
      equation={
        <div className="nn-train-equation">
          <LiveMath display tex={lossTex({ n: N_POINTS, loss: eqLoss, diverged: run.diverged })} />
          <LiveMath display tex={stepTex({ lr: s.lr, batch: s.batch, n: N_POINTS })} />
          <LiveMath display tex={stepsPerEpochTex({ lr: s.lr, batch: s.batch, n: N_POINTS })} />
          <Readout
            items={[
              { label: 'epoch', value: epochText },
              { label: 'loss', value: lossText, color: 'var(--c-a)' },
              { label: 'accuracy', value: accText },
              { label: 'epochs per second', value: rateText(run.rate) },
            ]}
          />
          {message ? <p className="nn-train-diverged" role="alert">{message}</p> : null}
          <p className="nn-train-rate" data-epochs={run.playedEpochs} data-train-ms={Math.round(run.playedMs)} data-running={run.running ? 'true' : 'false'}>
            Network {sizes.join('-')}: {s.hidden === 0 ? 'no hidden layer' : `${s.hidden} hidden ${s.hidden === 1 ? 'layer' : 'layers'} of ${s.units}`}.
          </p>
        </div>
      }
      controls={controls}
    >
      <Plot
        x={SQUARE_AXIS}
        y={SQUARE_AXIS}
        width={320}
        height={320}
        margin={HEAT_MARGIN}
        title={`Decision boundary (${dsName})`}
        description={heatDescription}
        underlay={<HeatmapRaster values={run.grid} cols={GRID} rows={GRID} color={heatColor} extent={EXTENT_BOX} smooth />}
      >
        <AxisBottom label="x1" grid={false} />
        <AxisLeft label="x2" grid={false} />
        {pointsMark}
      </Plot>
      <Plot
        x={lossX}
        y={lossY}
        width={360}
        height={240}
        margin={LOSS_MARGIN}
        title="Loss over epochs"
        description={lossDescription}
      >
        <AxisBottom label="epoch" />
        <AxisLeft label="loss (log scale)" />
        <LinePath xs={run.historyEpochs} ys={run.historyLosses} color="var(--c-a)" />
      </Plot>
    </WidgetFrame>
  );
}
