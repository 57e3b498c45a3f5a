import { memo } from 'react';
import { nextSeed } from '../shared/params';
import { LadderSlider } from '../../components/LadderSlider';
import { Button } from '../../components/Button';
import { formatNumber, formatPercent } from '../../components/format';
import { defineWidget, type PartProps } from '../shared/defineWidget';
import { ParamControl } from '../shared/ParamControls';
import { optionLabel } from '../shared/params';
import { L2_LADDER, LR_LADDER, l2Index, lrIndex, params } from './params';
import { restartTraining, useTraining } from './useTraining';
import { BoundaryPlot, LossPlot } from './TrainingPlots';
import { UnitPictures } from './UnitPictures';
import { DataTools, pickPatch } from './DataTools';
import { lossTex, stepsPerEpochTex, stepTex } from './trainingTex';
import { divergedMessage, rateText } from './trainingView';


type Part = PartProps<typeof params, ReturnType<typeof useTraining>>;
type Values = Part['v'];

const lossText = ({ run }: Values) => (run.diverged ? 'diverged' : run.trainCount === 0 ? 'no points' : formatNumber(run.loss));
const accuracyText = ({ run }: Values) => (run.diverged ? 'diverged' : run.trainCount === 0 ? 'no points' : formatPercent(run.accuracy, 1));
const testLossText = ({ run }: Values) => (run.diverged ? 'diverged' : run.testCount === 0 ? 'none held out' : formatNumber(run.testLoss));
const testAccuracyText = ({ run }: Values) => (run.diverged ? 'diverged' : run.testCount === 0 ? 'none held out' : formatPercent(run.testAccuracy, 1));
const weightSizeText = ({ run }: Values) => (run.diverged ? 'diverged' : formatNumber(Math.sqrt(run.weightSquares)));

/** Play, Pause, Step, Rewind, Export: drawn again only when the run starts, stops or diverges. */
const Actions = memo(
  function Actions({ v: { run, act, exportNow } }: Part) {
    const empty = run.trainCount === 0;
    return (
      <>
        <Button variant="primary" onClick={run.play} disabled={run.running || run.diverged || empty}>Play</Button>
        <Button onClick={run.pause} disabled={!run.running}>Pause</Button>
        <Button onClick={run.step} disabled={run.diverged || empty}>Step</Button>
        <Button onClick={run.restart} aria-label="Rewind (start again from the same weights)">Rewind</Button>
        <Button onClick={exportNow} disabled={run.diverged || empty} aria-label={`Export the ${act} network and its training points as JSON`}>Export</Button>
      </>
    );
  },
  (a, b) =>
    a.v.run.running === b.v.run.running && a.v.run.diverged === b.v.run.diverged && a.v.run.play === b.v.run.play &&
    (a.v.run.trainCount === 0) === (b.v.run.trainCount === 0) && a.v.act === b.v.act && a.v.exportNow === b.v.exportNow,
);

/** The settings in three groups: the data, the network, and how it steps. */
const Controls = memo(
  function Controls({ s, set }: Part) {
    const control = (name: keyof typeof params & string) => <ParamControl<typeof params> name={name} param={params[name]} value={s[name]} set={set} />;
    return (
      <div className="nn-train-groups">
        <fieldset className="nn-train-group">
          <legend>Data</legend>
          <div className="nn-controls-grid">
            {control('dataset')}
            {control('noise')}
            {control('test')}
            {control('tool')}
          </div>
          <DataTools s={s} set={set} />
        </fieldset>
        <fieldset className="nn-train-group">
          <legend>Model</legend>
          <div className="nn-controls-grid">
            {control('act')}
            {control('init')}
            {control('hidden')}
            {control('units')}
          </div>
        </fieldset>
        <fieldset className="nn-train-group">
          <legend>Optimiser</legend>
          <div className="nn-controls-grid">
            {control('opt')}
            <LadderSlider label="eta (learning rate)" ladder={LR_LADDER} index={lrIndex(s.lr)} onIndex={(i) => set({ lr: LR_LADDER[i] })} color="var(--c-w)" />
            {control('batch')}
            <LadderSlider label="λ (L2 strength)" ladder={L2_LADDER} index={l2Index(s.l2)} onIndex={(i) => set({ l2: L2_LADDER[i] })} />
          </div>
        </fieldset>
      </div>
    );
  },
  (a, b) => a.s === b.s && a.set === b.set,
);

function Status({ s, v }: Part) {
  const { run, sizes } = v;
  const message = run.error ?? (run.diverged ? divergedMessage : run.trainCount === 0 ? 'No training points yet: click the plot, or type a point and press Add point.' : null);
  return (
    <>
      {message ? <p className="nn-train-diverged" role="alert">{message}</p> : null}
      <p className="nn-train-rate" data-epochs={run.playedEpochs} data-train-ms={Math.round(run.playedMs)} data-running={run.running ? 'true' : 'false'}>
        Network {sizes.join('-')}: {s.hidden === 0 ? 'no hidden layer' : `${s.hidden} hidden ${s.hidden === 1 ? 'layer' : 'layers'} of ${s.units}`}.
      </p>
    </>
  );
}

function Plots({ s, v, set }: Part) {
  const { run, sizes } = v;
  const data = optionLabel(params.dataset, v.dataset);
  const points = `${run.trainCount} training points` + (run.testCount > 0 ? ` (filled) and ${run.testCount} held-out test points (hollow)` : '');
  const boundary = run.diverged
    ? `Data and decision boundary: no boundary, because training diverged after ${run.epoch} epochs; ${points}.`
    : `Data and decision boundary of the ${sizes.join('-')} network on the ${data} data after ${run.epoch} epochs: ` +
      `blue where it predicts class 0, red where it predicts class 1, white on the boundary. ` +
      `The ${points} are drawn on top; ${accuracyText(v)} of the training points are classified correctly. ` +
      `A click on the plot ${optionLabel(params.tool, s.tool)}.`;
  return (
    <>
      <BoundaryPlot start={run.start} grid={run.grid} title={`Data and decision boundary (${data})`} description={boundary} onPick={(x1, x2) => set(pickPatch(s, x1, x2))} />
      <LossPlot
        epochs={run.historyEpochs}
        losses={run.historyLosses}
        testEpochs={run.testEpochs}
        testLosses={run.testLosses}
        epoch={run.epoch}
        loss={lossText(v)}
        testLoss={testLossText(v)}
      />
      <UnitPictures sizes={sizes} units={run.units} epoch={run.epoch} />
    </>
  );
}

/** Chapter 12: a small MLP trained on 2-D data, off the main thread, with its decision boundary. */
export default defineWidget({
  caption: 'Training a network',
  description: 'Press Play to train; change the data, the network or the optimiser and watch the boundary form. Click the plot to add your own points.',
  params,
  useDerived: useTraining,
  controls: [],
  equations: (v) => {
    const step = { lr: v.lr, batch: v.batch, n: v.run.trainCount, l2: v.l2, opt: v.opt, steps: v.shownSteps };
    return [
      lossTex({ n: v.run.trainCount, loss: v.shownLoss, l2: v.l2, squares: v.shownSquares, diverged: v.run.diverged }),
      stepTex(step),
      stepsPerEpochTex(step),
    ];
  },
  readouts: (v) => [
    { label: 'epoch', value: String(v.run.epoch) },
    { label: 'loss', value: lossText(v), color: 'var(--c-a)' },
    { label: 'accuracy', value: accuracyText(v) },
    { label: 'Test loss', value: testLossText(v) },
    { label: 'Test accuracy', value: testAccuracyText(v) },
    { label: 'Training points', value: String(v.run.trainCount) },
    { label: 'weight size', value: weightSizeText(v), color: 'var(--c-w)' },
    { label: 'epochs per second', value: rateText(v.run.rate) },
  ],
  code: (v) => v.code,
  announce: (v) => (v.run.diverged ? divergedMessage : v.run.running ? '' : `Epoch ${v.run.epoch}, loss ${lossText(v)}, accuracy ${accuracyText(v)}, ${v.run.trainCount} training points`),
  resample: (s) => ({ draw: nextSeed(s.draw) || 1 }),
  onReset: restartTraining,
  Actions,
  Controls,
  Aside: Status,
  View: Plots,
});
