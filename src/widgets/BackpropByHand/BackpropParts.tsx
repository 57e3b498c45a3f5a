import { Button } from '../../components/Button';
import { formatNumber } from '../../components/format';
import { Readout } from '../shared/Readout';
import type { BackpropPart } from './useBackprop';

const f3 = (x: number) => formatNumber(x);
const f4 = (x: number) => formatNumber(x, 4);

/** The backward pass's factors, and what the last update did. */
export function BackwardReadouts({ v }: BackpropPart) {
  return (
    <>
      <Readout
        label="Backward pass"
        items={[
          { label: '∂L/∂a', value: f3(v.dLda) },
          { label: '∂a/∂z', value: f3(v.dadz) },
          { label: '∂L/∂w1', value: f3(v.dLdw1), color: 'var(--c-w)' },
          { label: '∂L/∂w2', value: f3(v.dLdw2), color: 'var(--c-w)' },
          { label: '∂L/∂b', value: f3(v.dLdb), color: 'var(--c-b)' },
        ]}
      />
      {v.last ? (
        <Readout label="Last update" items={[{ label: 'L before → after', value: `${f4(v.last.before)} → ${f4(v.last.after)}` }]} />
      ) : (
        <p className="nn-learn-note">Press “Apply update” to take one gradient step on w1, w2 and b.</p>
      )}
    </>
  );
}

/** One gradient step on w1, w2 and b, remembered with the loss before and after it. */
export function ApplyUpdate({ v }: BackpropPart) {
  return (
    <Button variant="primary" onClick={v.apply}>
      Apply update
    </Button>
  );
}
