import { formatNumber } from './format';
import { Slider } from './Slider';

/**
 * A slider over a ladder of values (learning rates 0.001, 0.003, 0.01 …): its positions are the
 * rungs, evenly spaced, and its chip shows the rung's value. No exact entry: only the rungs exist.
 */
export function LadderSlider({ label, ladder, index, onIndex, color }: {
  label: string;
  ladder: readonly number[];
  /** The rung shown (out-of-range and fractional indices are held to the nearest rung). */
  index: number;
  onIndex: (index: number) => void;
  color?: string;
}) {
  const rung = (i: number) => Math.min(ladder.length - 1, Math.max(0, Math.round(Number.isFinite(i) ? i : 0)));
  return (
    <Slider
      label={label}
      value={rung(index)}
      min={0}
      max={ladder.length - 1}
      step={1}
      exactEntry={false}
      color={color}
      format={(i) => formatNumber(ladder[rung(i)], 4)}
      onChange={(i) => onIndex(rung(i))}
    />
  );
}
