import { formatNumber } from '../../components/format';
import type { PartProps } from '../shared/defineWidget';
import { Readout } from '../shared/Readout';
import type { params } from './params';
import type { PassCounts, PassTimes } from '../../core';
import type { Computation } from '../shared/useComputation';

type CostPart = PartProps<typeof params, { sizes: number[]; counts: PassCounts; times: Computation<PassTimes | null> }>;

/** A duration in the unit that reads best: 0.042 ms, 3.1 ms, 12 s, 4.2 min. */
export function formatDuration(ms: number): string {
  if (ms < 1) return `${formatNumber(ms, 3)} ms`;
  if (ms < 1000) return `${formatNumber(ms, 1)} ms`;
  if (ms < 120_000) return `${formatNumber(ms / 1000, 1)} s`;
  return `${formatNumber(ms / 60_000, 1)} min`;
}

/** The measured times: one pass each, then what a whole gradient costs each way. */
export function CostAside({ v }: CostPart) {
  const { value: t, busy, error } = v.times;
  if (error) return <p className="nn-bpc-note" role="alert">Could not time the passes: {error}</p>;
  if (!t) return <p className="nn-bpc-note">Timing one forward and one backward pass in your browser…</p>;
  const finite = v.counts.finiteDifferencePasses * t.forwardMs;
  const backprop = t.forwardMs + t.backwardMs;
  return (
    <>
      <Readout
        label="Measured in this browser"
        items={[
          { label: 'one forward pass', value: formatDuration(t.forwardMs) },
          { label: 'one backward pass', value: formatDuration(t.backwardMs) },
          { label: 'gradient by finite differences', value: `≈ ${formatDuration(finite)}` },
          { label: 'gradient by backpropagation', value: `≈ ${formatDuration(backprop)}` },
          { label: 'backpropagation is faster by', value: `≈ ${formatNumber(finite / backprop, 0, { grouping: true })}×` },
        ]}
      />
      <p className="nn-bpc-note">
        Each pass timed {formatNumber(t.repeats, 0, { grouping: true })} times or more and averaged; finite differences are
        that many forward passes times one pass’s time{busy ? ' (measuring the new network…)' : ''}.
      </p>
    </>
  );
}
