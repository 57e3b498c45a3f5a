import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { Button } from '../../components/Button';
import { LadderSlider } from '../../components/LadderSlider';
import { formatNumber, formatPercent } from '../../components/format';
import { defineWidget, type PartProps } from '../shared/defineWidget';
import { DIGITS_FILE, NETWORK_FILE } from './digitAssets';
import { encodeDrawing } from './drawing';
import { LR_LADDER, learningRate, params } from './params';
import { useDigits } from './useDigits';
import { crossEntropyTex, firstLayerTex, softmaxTex } from './digitsTex';
import { DrawingSurface } from './DrawingSurface';
import { InputNumbers, InputPreview } from './InputView';
import { ProbabilityBars } from './ProbabilityBars';
import { ConfusionMatrix, HiddenUnits, LossCurve, WrongDigits } from './TrainingViews';
import './digits.css';

type Part = PartProps<typeof params, ReturnType<typeof useDigits>>;
type Values = Part['v'];

// Reset returns the state to the example; the run (if any) is dropped with it.
const discards = new Map<string, () => void>();

// Without a network (loading, or the files failed: the status line says which) the readouts say only that.
const NO_NETWORK = 'no network yet';

function predictionText({ network, reading }: Values): string {
  if (!network) return NO_NETWORK;
  return reading.inked ? String(reading.prediction) : 'none yet';
}

function accuracyText({ network }: Values): string {
  if (!network) return NO_NETWORK;
  return network.scores ? formatPercent(network.scores.accuracy, 2) : 'scoring';
}

const inkBox = ({ reading }: Values) => {
  const b = reading.pre.box;
  return b ? `${b.r1 - b.r0 + 1} × ${b.c1 - b.c0 + 1}` : 'none';
};

/** Train from scratch, Pause, Resume, Use the shipped network. */
function Actions({ s, v }: Part) {
  const { training, assets } = v;
  const ready = assets.status === 'ready' ? assets.assets : null;
  const { status } = training;
  return (
    <>
      <Button variant="primary" disabled={!ready} onClick={() => ready && training.start(ready.dataBytes, s.hidden, learningRate(s))}>
        Train from scratch
      </Button>
      <Button disabled={status !== 'running'} onClick={training.pause}>Pause</Button>
      <Button disabled={status !== 'paused'} onClick={training.resume}>Resume</Button>
      <Button disabled={status === 'idle'} onClick={training.discard}>Use the shipped network</Button>
    </>
  );
}

/** η on its ladder of rates about 3× apart (applied while training runs). */
const Controls = memo(
  function Controls({ s, set }: Part) {
    return (
      <LadderSlider label="eta (learning rate)" ladder={LR_LADDER} index={s.rate} onIndex={(rate) => set({ rate })} color="var(--c-w)" />
    );
  },
  (a, b) => a.s.rate === b.s.rate && a.set === b.set,
);

function Status({ v }: Part) {
  const { assets, network, training } = v;
  const snap = training.snap;
  let text: string;
  if (assets.status === 'loading') text = 'Loading the digits and the trained network (1.7 MB)…';
  else if (assets.status === 'failed') text = `The digits could not be loaded: ${assets.error}. Reload the page to try again.`;
  else if (network?.source === 'trained' && snap) {
    text = `Reading with the network trained here, ${network.mlp.sizes.join('-')}, after ${formatNumber(snap.epochs, 2)} epochs.`;
  } else text = `Reading with the shipped network, ${network?.mlp.sizes.join('-')}, trained when the essay was built.`;
  const message = training.error ?? (training.status === 'diverged' ? 'Training diverged: the learning rate is too large. Choose a smaller η and train from scratch again.' : null);
  return (
    <>
      {message ? <p className="nn-digits-alert" role="alert">{message}</p> : null}
      <p
        className="nn-digits-status"
        data-running={training.status === 'running' ? 'true' : 'false'}
        data-samples={snap?.samples ?? 0}
        data-train-ms={Math.round(snap?.trainMs ?? 0)}
        data-test-accuracy={snap?.testAccuracy ?? ''}
      >
        {text}
      </p>
    </>
  );
}

/** A link to the weights in use: the shipped file, or the trained network as a file made here. */
function WeightsLink({ bytes, shipped }: { bytes: ArrayBuffer; shipped: boolean }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (shipped) return;
    const made = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [bytes, shipped]);
  return <a href={shipped ? NETWORK_FILE : (url ?? NETWORK_FILE)} download="mnist-network.bin">Download the weights</a>;
}

const View = memo(function View({ id, s, v, set }: Part) {
  const { assets, network, reading, training } = v;
  const data = assets.status === 'ready' ? assets.assets.data : null;
  const drawTest = useCallback(
    (index: number) => {
      if (!data) return;
      set({ drawing: encodeDrawing(data.pixels.subarray(index * 784, (index + 1) * 784)), y: data.labels[index] });
    },
    [data, set],
  );
  const sample = useMemo(() => (data ? () => drawTest(data.nTrain + Math.floor(Math.random() * data.nTest)) : null), [data, drawTest]);
  const W = network?.mlp.weights[0].data;
  const note = !network ? 'The probabilities appear once the network has loaded.' : 'Draw a digit to see the ten probabilities.';
  return (
    <div className="nn-digits">
      <div className="nn-digits-row">
        <DrawingSurface id={id} drawing={s.drawing} row={s.row} col={s.col} set={set} onSample={sample} />
        <div className="nn-digits-answer">
          <InputPreview grey={reading.grey} pre={reading.pre} />
          <ProbabilityBars p={reading.inked ? reading.p : null} prediction={reading.inked ? reading.prediction : -1} note={note} />
        </div>
      </div>
      <InputNumbers grey={reading.grey} />
      {network && data ? (
        <div className="nn-digits-train">
          <section aria-label="Training">
            <h4>Training</h4>
            <LossCurve losses={training.snap?.losses ?? []} nTrain={data.nTrain} />
            <p className="nn-digits-note">
              <a href={DIGITS_FILE} download="mnist-digits.bin">Download the digits</a> · <WeightsLink bytes={network.bytes} shipped={network.source === 'shipped'} />{' '}
              (for the code under &ldquo;In code&rdquo;)
            </p>
          </section>
          <section aria-label="Hidden units">
            <h4>Hidden units&apos; weights</h4>
            {W ? <HiddenUnits W={W} units={network.mlp.sizes[1]} /> : null}
          </section>
          {network.scores ? (
            <>
              <section aria-label="Confusion">
                <h4>Confusion matrix</h4>
                <ConfusionMatrix confusion={network.scores.confusion} />
              </section>
              <section aria-label="Misread test digits">
                <h4>Misread test digits</h4>
                <WrongDigits data={data} predicted={network.scores.predicted} onDraw={drawTest} />
              </section>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
});

/** Chapter 13: draw a digit, read it with a trained 784-H-10 network, or train one here. */
export default defineWidget({
  caption: 'Handwritten digits',
  description: 'Draw a digit and watch the network read it; sample a real test digit; train a network from scratch in the background.',
  params,
  useDerived: (s, _set, id) => {
    const d = useDigits(s);
    const { discard } = d.training;
    useEffect(() => {
      discards.set(id, discard);
      return () => void discards.delete(id);
    }, [id, discard]);
    return d;
  },
  controls: ['y', 'hidden'],
  equations: (v) => {
    const p = v.reading.inked ? v.reading.p : null;
    return [
      firstLayerTex(v.network ? v.network.mlp.sizes[1] : null),
      softmaxTex(p ? v.reading.z : null, p, v.reading.prediction),
      crossEntropyTex(p, v.y),
    ];
  },
  readouts: (v) => [
    { label: 'Prediction', value: predictionText(v), color: 'var(--c-a)' },
    { label: 'Test accuracy', value: accuracyText(v) },
    { label: 'epoch', value: formatNumber(v.training.snap?.epochs ?? 0, 2) },
    { label: 'training accuracy', value: v.training.snap?.trainAccuracy != null ? formatPercent(v.training.snap.trainAccuracy, 2) : 'after epoch 1' },
    { label: 'ink box', value: inkBox(v) },
    { label: 'scale', value: v.reading.pre.box ? formatNumber(v.reading.pre.scale) : '1' },
  ],
  code: (v) => v.code,
  announce: (v) => (v.training.status === 'running' ? '' : `Prediction ${predictionText(v)}. Test accuracy ${accuracyText(v)}.`),
  onReset: (id) => discards.get(id)?.(),
  Actions,
  Controls,
  Aside: Status,
  View,
});
