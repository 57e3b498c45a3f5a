import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { Points } from '../../components/plot/Points';
import type { SoundPart } from './soundView';

/** The continuous wave, and the samples on stems. */
export function TonePlot({ v }: SoundPart) {
  return (
    <Plot
      x={{ domain: [0, v.duration] }}
      y={{ domain: [-1.2, 1.2] }}
      height={240}
      title={`A ${v.freq} Hz tone sampled ${v.rate} times per second`}
      description={`The wave sin(2π·${v.freq}·t) over ${formatNumber(v.duration)} s as a line, and its ${v.n} samples as dots on stems; the first samples are ${v.first.slice(0, 4).join(', ')}.`}
    >
      <AxisBottom label="time t (s)" />
      <AxisLeft label="amplitude" />
      <LinePath xs={v.sampled.waveT} ys={v.sampled.waveX} color="var(--muted)" strokeWidth={1.5} />
      <LinePath xs={v.sampled.stemT} ys={v.sampled.stemX} color="var(--c-x)" strokeWidth={1.5} />
      <Points xs={v.sampled.ts} ys={v.sampled.xs} color="var(--c-x)" r={3} />
    </Plot>
  );
}
