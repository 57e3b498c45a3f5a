import { useEffect, useState } from 'react';
import { Button } from '../../components/Button';
import { ScrollBox } from '../../components/ScrollBox';
import { formatNumber, MINUS, superscript } from '../../components/format';
import { Readout } from '../shared/Readout';
import { NetworkGraph } from './NetworkGraph';
import { gradientOf, place } from './networkValues';
import { trainable, type Trainable } from './params';
import { stepText } from './stepText';
import type { NetworkPart } from './useNetwork';

const f4 = (x: number) => formatNumber(x, 4);
const f8 = (x: number) => formatNumber(x, 8);

/** A difference of two nearly equal numbers at two significant digits, however small: 2.1×10⁻¹¹ (0 only when exactly 0). */
export function formatDifference(x: number): string {
  if (x === 0) return '0';
  const [m, e] = Math.abs(x).toExponential(1).split('e');
  return `${x < 0 ? MINUS : ''}${m}×10${superscript(String(Number(e)))}`;
}

const names: Record<Trainable, string> = {
  w2_1: 'w²₁', w2_2: 'w²₂', b2: 'b²', w1_11: 'w¹₁₁', w1_12: 'w¹₁₂', b1_1: 'b¹₁', w1_21: 'w¹₂₁', w1_22: 'w¹₂₂', b1_2: 'b¹₂',
};
/** The backward step that finds each parameter's gradient (output layer first). */
const stepOf = (key: Trainable) => (place[key].l === 1 ? 1 : 2 + place[key].j);
const deltaName = (key: Trainable) => ['δ⁽²⁾', 'δ¹₁', 'δ¹₂'][stepOf(key) - 1];

/** The graph and the current backward step in words. */
export function NetworkView(part: NetworkPart) {
  return (
    <div className="nn-bpn-view">
      <NetworkGraph {...part} />
      <p className="nn-bpn-step">{stepText(part.v)}</p>
    </div>
  );
}

/** Every δ and gradient, the finite-difference estimate beside each, and the last update. */
export function GradientTable({ v }: NetworkPart) {
  const F = v.digits.factors;
  return (
    <>
      <ScrollBox label="Every gradient, by backpropagation and by finite differences" className="nn-bpn-table-wrap">
        <table className="nn-bpn-table">
          <caption>
            Every gradient: δ of its unit × its input (backpropagation), and the central difference with h = {formatDifference(v.h).replace('1.0×', '')}
          </caption>
          <thead>
            <tr>
              <th scope="col">parameter</th>
              <th scope="col">δ</th>
              <th scope="col">input</th>
              <th scope="col">∂L/∂θ</th>
              <th scope="col">finite difference</th>
              <th scope="col">difference</th>
            </tr>
          </thead>
          <tbody>
            {trainable.map((key) => {
              const g = gradientOf(v, key);
              return (
                <tr key={key} data-param={key} className={v.step === stepOf(key) ? 'is-current' : v.step > stepOf(key) ? 'is-done' : undefined}>
                  <th scope="row">{names[key]}</th>
                  <td>{deltaName(key)} = {formatNumber(g.delta, F)}</td>
                  <td>{formatNumber(g.input, F)}</td>
                  <td>{f8(g.backprop)}</td>
                  <td>{f8(g.estimate)}</td>
                  <td>{formatDifference(g.difference)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
      {v.last ? (
        <Readout
          label="Last update"
          items={[
            { label: 'a⁽²⁾ before → after', value: `${f4(v.last.before.a)} → ${f4(v.last.after.a)}` },
            { label: 'L before → after', value: `${f4(v.last.before.L)} → ${f4(v.last.after.L)}` },
          ]}
        />
      ) : (
        <p className="nn-bpn-note">“Apply update” moves all nine parameters one step against their gradients: θ ← θ − η ∂L/∂θ.</p>
      )}
    </>
  );
}

const PLAY_MS = 1100;

/** Step backward one unit at a time, or play the whole backward pass; apply one update. */
export function NetworkActions({ v, set }: NetworkPart) {
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    if (v.step >= 3) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => set((s) => ({ step: Math.min(3, s.step + 1) })), PLAY_MS);
    return () => clearTimeout(timer);
  }, [playing, v.step, set]);
  return (
    <>
      <Button variant="primary" disabled={v.step >= 3} onClick={() => set((s) => ({ step: Math.min(3, s.step + 1) }))}>
        Step backward
      </Button>
      <Button
        onClick={() => {
          if (playing) return setPlaying(false);
          set({ step: 0 });
          setPlaying(true);
        }}
      >
        {playing ? 'Pause' : 'Play backward pass'}
      </Button>
      <Button onClick={v.apply}>Apply update</Button>
    </>
  );
}
