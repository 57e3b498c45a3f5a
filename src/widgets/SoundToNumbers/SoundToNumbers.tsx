import { useMemo } from 'react';
import { LiveMath } from '../../components/LiveMath';
import { Slider } from '../../components/Slider';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { Points } from '../../components/plot/Points';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { soundSchema } from './soundState';
import { aliased, sampleTone } from './soundMath';
import { countTex, sampleTex } from './soundTex';
import { soundCode } from './soundCode';
import './sound.css';

const FIRST = 8;

/** Chapter 2: a tone becomes a list of amplitude samples. */
export default function SoundToNumbers({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, soundSchema);
  const sampled = useMemo(() => sampleTone(s.freq, s.rate, s.duration), [s.freq, s.rate, s.duration]);
  const n = sampled.xs.length;
  const first = Array.from(sampled.xs.slice(0, FIRST), (x) => formatNumber(x, 3));
  const isAliased = aliased(s.freq, s.rate);

  return (
    <WidgetFrame
      id={id}
      caption="Sound to numbers"
      description="A tone is a wave; sampling keeps its height at evenly spaced moments, and those heights are the numbers."
      schema={soundSchema}
      state={s}
      onReset={reset}
      code={soundCode(s.freq, s.rate, s.duration, n)}
      announce={`${n} samples; the first are ${first.slice(0, 4).join(', ')}.${isAliased ? ' Too few samples per wave: aliasing.' : ''}`}
      equation={
        <div className="nn-sound-equation">
          <LiveMath display tex={sampleTex(s.freq, s.rate)} />
          <LiveMath display tex={countTex(s.rate, s.duration)} />
          <Readout
            items={[
              { label: 'samples', value: String(n), color: 'var(--c-z)' },
              { label: 'first samples', value: `${first.join(', ')}${n > FIRST ? ', …' : ''}` },
              { label: 'CD quality, one second', value: '44,100' },
            ]}
          />
          <p className={`nn-sound-note${isAliased ? ' nn-sound-note--warn' : ''}`}>
            {isAliased
              ? `Only ${formatNumber(s.rate / s.freq, 2)} samples per wave: at r ≤ 2f = ${2 * s.freq} the dots trace a wrong, slower wave (aliasing).`
              : `${formatNumber(s.rate / s.freq, 2)} samples per wave: more than 2, enough to keep the tone.`}
          </p>
        </div>
      }
      controls={
        <>
          <Slider label="f (frequency, Hz)" value={s.freq} min={1} max={20} step={1} color="var(--c-w)" onChange={(freq) => set({ freq })} />
          <Slider label="r (sampling rate, samples per second)" value={s.rate} min={2} max={100} step={1} color="var(--c-x)" onChange={(rate) => set({ rate })} />
          <Slider label="T (duration, s)" value={s.duration} min={0.25} max={2} step={0.25} color="var(--c-b)" onChange={(duration) => set({ duration })} />
        </>
      }
    >
      <Plot
        x={{ domain: [0, s.duration] }}
        y={{ domain: [-1.2, 1.2] }}
        height={240}
        title={`A ${s.freq} Hz tone sampled ${s.rate} times per second`}
        description={`The wave sin(2π·${s.freq}·t) over ${formatNumber(s.duration)} s as a line, and its ${n} samples as dots on stems; the first samples are ${first.slice(0, 4).join(', ')}.`}
      >
        <AxisBottom label="time t (s)" />
        <AxisLeft label="amplitude" />
        <LinePath xs={sampled.waveT} ys={sampled.waveX} color="var(--muted)" strokeWidth={1.5} />
        <LinePath xs={sampled.stemT} ys={sampled.stemX} color="var(--c-x)" strokeWidth={1.5} />
        <Points xs={sampled.ts} ys={sampled.xs} color="var(--c-x)" r={3} />
      </Plot>
    </WidgetFrame>
  );
}
