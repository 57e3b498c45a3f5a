import { memo } from 'react';
import { SESSION_POINTS } from '../../core';
import { Slider } from '../../components/Slider';
import { Button } from '../../components/Button';
import { formatNumber, formatPercent } from '../../components/format';
import { defineWidget, type PartProps } from '../shared/defineWidget';
import { ParamControl } from '../shared/ParamControls';
import { optionLabel } from '../shared/params';
import { LR_LADDER, lrIndex, params } from './params';
import { restartTraining, useTraining } from './useTraining';
import { BoundaryPlot, LossPlot } from './TrainingPlots';
import { lossTex, stepsPerEpochTex, stepTex } from './trainingTex';
import { divergedMessage, rateText } from './trainingView';

type Part = PartProps<typeof params, ReturnType<typeof useTraining>>;
type Values = Part['v'];

const lossText = ({ run }: Values) => (run.diverged ? 'diverged' : formatNumber(run.loss));
const accuracyText = ({ run }: Values) => (run.diverged ? 'diverged' : formatPercent(run.accuracy, 1));

/** Play, Pause, Step: drawn again only when the run starts, stops or diverges. */
const Actions = memo(
  function Actions({ v: { run } }: Part) {
    return (
      <>
        <Button variant="primary" onClick={run.play} disabled={run.running || run.diverged}>Play</Button>
        <Button onClick={run.pause} disabled={!run.running}>Pause</Button>
        <Button onClick={run.step} disabled={run.diverged}>Step</Button>
      </>
    );
  },
  (a, b) => a.v.run.running === b.v.run.running && a.v.run.diverged === b.v.run.diverged && a.v.run.play === b.v.run.play,
);

/** η on its ladder of rates about 3× apart, then B: drawn again only when the state changes. */
const Controls = memo(
  function Controls({ s, set }: Part) {
    return (
      <div className="nn-controls-grid">
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
        <ParamControl<typeof params> name="batch" param={params.batch} value={s.batch} set={set} />
      </div>
    );
  },
  (a, b) => a.s === b.s && a.set === b.set,
);

function Status({ s, v }: Part) {
  const { run, sizes } = v;
  const message = run.error ?? (run.diverged ? divergedMessage : null);
  return (
    <>
      {message ? <p className="nn-train-diverged" role="alert">{message}</p> : null}
      <p className="nn-train-rate" data-epochs={run.playedEpochs} data-train-ms={Math.round(run.playedMs)} data-running={run.running ? 'true' : 'false'}>
        Network {sizes.join('-')}: {s.hidden === 0 ? 'no hidden layer' : `${s.hidden} hidden ${s.hidden === 1 ? 'layer' : 'layers'} of ${s.units}`}.
      </p>
    </>
  );
}

function Plots({ v }: Part) {
  const { run, sizes } = v;
  const data = optionLabel(params.dataset, v.dataset);
  const boundary = run.diverged
    ? `Decision boundary: none, because training diverged after ${run.epoch} epochs.`
    : `Decision boundary of the ${sizes.join('-')} network on the ${data} data after ${run.epoch} epochs: ` +
      `blue where it predicts class 0, red where it predicts class 1, white on the boundary. ` +
      `The ${SESSION_POINTS} data points are drawn on top; ${accuracyText(v)} of them are classified correctly.`;
  return (
    <>
      <BoundaryPlot start={run.start} grid={run.grid} title={`Decision boundary (${data})`} description={boundary} />
      <LossPlot epochs={run.historyEpochs} losses={run.historyLosses} epoch={run.epoch} loss={lossText(v)} />
    </>
  );
}

/** Chapter 12: a small MLP trained on 2-D data, off the main thread, with its decision boundary. */
export default defineWidget({
  caption: 'Training a network',
  description: 'Press Play to train; change the data, the network or the learning rate and watch the boundary form.',
  params,
  useDerived: useTraining,
  controls: ['dataset', 'noise', 'act', 'init', 'hidden', 'units'],
  equations: (v) => {
    const step = { lr: v.lr, batch: v.batch, n: SESSION_POINTS };
    return [lossTex({ n: SESSION_POINTS, loss: v.shownLoss, diverged: v.run.diverged }), stepTex(step), stepsPerEpochTex(step)];
  },
  readouts: (v) => [
    { label: 'epoch', value: String(v.run.epoch) },
    { label: 'loss', value: lossText(v), color: 'var(--c-a)' },
    { label: 'accuracy', value: accuracyText(v) },
    { label: 'epochs per second', value: rateText(v.run.rate) },
  ],
  code: (v) => v.code,
  announce: (v) => (v.run.diverged ? divergedMessage : v.run.running ? '' : `Epoch ${v.run.epoch}, loss ${lossText(v)}, accuracy ${accuracyText(v)}`),
  resample: true,
  onReset: restartTraining,
  Actions,
  Controls,
  Aside: Status,
  View: Plots,
});
