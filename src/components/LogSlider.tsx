import { Slider } from './Slider';
import { NumberField } from './NumberField';
import { formatNumber } from './format';

export interface LogSliderProps {
  /** Plain-text label with the symbol, e.g. "h (step size, log scale)". */
  label: string;
  /** Short symbol for the spoken value, e.g. "h" → "h = 0.01". */
  symbol: string;
  value: number;
  /** Both > 0. */
  min: number;
  max: number;
  /** Step of the base-10 exponent (0.1 → about 26 % per step). */
  exponentStep: number;
  onChange: (value: number) => void;
  color?: string;
}

const show = (x: number) => formatNumber(x, 4);

/**
 * A slider that moves in powers of ten (the range input holds log₁₀ of the value), with an
 * exact entry field beside it that takes any value in [min, max] as typed.
 */
export function LogSlider({ label, symbol, value, min, max, exponentStep, onChange, color }: LogSliderProps) {
  const safe = Number.isFinite(value) && value > 0 ? Math.min(max, Math.max(min, value)) : min;
  return (
    <div className="nn-log-slider">
      <Slider
        label={label}
        value={Math.log10(safe)}
        min={Math.log10(min)}
        max={Math.log10(max)}
        step={exponentStep}
        color={color}
        format={(p) => show(10 ** p)}
        valueText={(p) => `${symbol} = ${show(10 ** p)}`}
        exactEntry={false}
        onChange={(p) => onChange(Math.min(max, Math.max(min, 10 ** p)))}
      />
      <NumberField label={`${label} exact value`} hideLabel value={safe} min={min} max={max} color={color} onCommit={onChange} />
    </div>
  );
}
