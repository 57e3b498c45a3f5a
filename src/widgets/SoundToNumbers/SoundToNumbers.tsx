import { defineWidget } from '../shared/defineWidget';
import { params } from './params';
import { deriveSound, FIRST, type SoundPart } from './soundView';
import { countTex, sampleTex } from './soundTex';
import { soundCode } from './soundCode';
import { TonePlot } from './TonePlot';
import './sound.css';

function AliasingNote({ v }: SoundPart) {
  return (
    <p className={`nn-sound-note${v.isAliased ? ' nn-sound-note--warn' : ''}`}>
      {v.isAliased
        ? `Only ${v.perWave} samples per wave: at r ≤ 2f = ${2 * v.freq} the dots trace a wrong, slower wave (aliasing).`
        : `${v.perWave} samples per wave: more than 2, enough to keep the tone.`}
    </p>
  );
}

/** Chapter 2: a tone becomes a list of amplitude samples. */
export default defineWidget({
  caption: 'Sound to numbers',
  description: 'A tone is a wave; sampling keeps its height at evenly spaced moments, and those heights are the numbers.',
  params,
  derive: deriveSound,
  equations: (v) => [sampleTex(v.freq, v.rate), countTex(v.rate, v.duration)],
  readouts: (v) => [
    { label: 'samples', value: String(v.n), color: 'var(--c-z)' },
    { label: 'first samples', value: `${v.first.join(', ')}${v.n > FIRST ? ', …' : ''}` },
    { label: 'CD quality, one second', value: '44,100' },
  ],
  code: soundCode,
  announce: (v) => `${v.n} samples; the first are ${v.first.slice(0, 4).join(', ')}.${v.isAliased ? ' Too few samples per wave: aliasing.' : ''}`,
  Aside: AliasingNote,
  View: TonePlot,
});
