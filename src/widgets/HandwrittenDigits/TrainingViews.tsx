import { memo, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { Button } from '../../components/Button';
import { ScrollBox } from '../../components/ScrollBox';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import type { DigitData } from '../../core/digitData';
import { paintGrey, paintWeightTiles } from './canvasPaint';

const LOSS_MARGIN = { left: 56 };
const CHUNK = 1000;

/** Mean loss of each chunk of 1,000 training digits against the epoch it ended at. */
export const LossCurve = memo(function LossCurve({ losses, nTrain }: { losses: readonly number[]; nTrain: number }) {
  const epochs = useMemo(() => losses.map((_, i) => ((i + 1) * CHUNK) / nTrain), [losses, nTrain]);
  const last = epochs.length ? epochs[epochs.length - 1] : 0;
  const xMax = Math.max(1, Math.ceil(last));
  const yMax = Math.max(0.5, Math.ceil(Math.max(0, ...losses.filter(Number.isFinite)) * 2) / 2);
  const x = useMemo(() => ({ domain: [0, xMax] as const }), [xMax]);
  const y = useMemo(() => ({ domain: [0, yMax] as const }), [yMax]);
  const description = losses.length
    ? `Training loss over ${formatNumber(last, 2)} epochs, from ${formatNumber(losses[0])} for the first 1,000 digits to ${formatNumber(losses[losses.length - 1])} for the latest.`
    : 'Training loss: nothing trained yet.';
  return (
    <Plot x={x} y={y} width={360} height={200} margin={LOSS_MARGIN} title="Training loss" description={description}>
      <AxisBottom label="epoch" />
      <AxisLeft label="loss" />
      <LinePath xs={epochs} ys={losses} color="var(--c-a)" />
    </Plot>
  );
});

/** Each hidden unit's 784 weights as a 28 × 28 image, eight to a row. */
export const HiddenUnits = memo(function HiddenUnits({ W, units }: { W: Float64Array; units: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const cols = 8, cell = 3, gap = 4, tile = 28 * cell + gap;
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (ctx) paintWeightTiles(ctx, W, units, cols, cell, gap);
  }, [W, units]);
  return (
    <canvas
      ref={ref}
      className="nn-digits-units"
      width={cols * tile}
      height={Math.ceil(units / cols) * tile}
      role="img"
      aria-label={`The weights of the ${units} hidden units, each drawn as a 28 by 28 image: red where a pixel's ink raises the unit's z, blue where it lowers it, white near 0.`}
    />
  );
});

/** How many test digits of each label (rows) got each answer (columns). */
export const ConfusionMatrix = memo(function ConfusionMatrix({ confusion }: { confusion: Uint32Array }) {
  let max = 1;
  for (let i = 0; i < 100; i++) if (i % 11 !== 0) max = Math.max(max, confusion[i]);
  return (
    <ScrollBox label="Confusion matrix" className="nn-digits-confusion">
      <table className="nn-digits-table nn-digits-table--confusion">
        <caption>Test digits by label (rows) and the network&apos;s answer (columns)</caption>
        <thead>
          <tr>
            <th scope="col">label</th>
            {Array.from({ length: 10 }, (_, k) => <th key={k} scope="col">{k}</th>)}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: 10 }, (_, r) => (
            <tr key={r}>
              <th scope="row">{r}</th>
              {Array.from({ length: 10 }, (_, c) => {
                const n = confusion[r * 10 + c];
                const cls = r === c ? 'nn-digits-cm nn-digits-cm--right' : n > 0 ? 'nn-digits-cm nn-digits-cm--wrong' : 'nn-digits-cm';
                const shade = r === c || n === 0 ? undefined : { '--cm': `${Math.round((100 * n) / max)}%` } as CSSProperties;
                return <td key={c} className={cls} style={shade}>{n}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
});

function DigitImage({ data, index }: { data: DigitData; index: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (ctx) paintGrey(ctx, data.pixels.subarray(index * 784, (index + 1) * 784), 28, 3);
  }, [data, index]);
  return <canvas ref={ref} width={84} height={84} className="nn-digits-wrong__image" aria-hidden="true" />;
}

/** The test digits the network reads wrong, one at a time, with a way to draw one into the surface. */
export const WrongDigits = memo(function WrongDigits({ data, predicted, onDraw }: { data: DigitData; predicted: Uint8Array; onDraw: (index: number) => void }) {
  const wrong = useMemo(() => {
    const out: number[] = [];
    predicted.forEach((p, i) => { if (p !== data.labels[data.nTrain + i]) out.push(i); });
    return out;
  }, [predicted, data]);
  const [at, setAt] = useState(0);
  if (wrong.length === 0) return <p className="nn-digits-note">The network reads every test digit right.</p>;
  const i = Math.min(at, wrong.length - 1);
  const test = wrong[i], index = data.nTrain + test;
  return (
    <div className="nn-digits-wrong">
      <DigitImage data={data} index={index} />
      <div>
        <p className="nn-digits-wrong__text" aria-live="polite">
          Wrong digit {i + 1} of {wrong.length}: test digit {test + 1} is a {data.labels[index]}, read as {predicted[test]}.
        </p>
        <div className="nn-digits-draw__buttons">
          <Button onClick={() => setAt((i + wrong.length - 1) % wrong.length)}>Previous wrong digit</Button>
          <Button onClick={() => setAt((i + 1) % wrong.length)}>Next wrong digit</Button>
          <Button onClick={() => onDraw(index)}>Draw it</Button>
        </div>
      </div>
    </div>
  );
});
