import { useId } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';
import { formatNumber } from './format';
import { NumberField } from './NumberField';
import { stableControl } from './stableControl';
import {
  clamp, fromPosition, safeValue, stepPosition, toPosition,
} from './sliderMath';
import type { SliderScale } from './sliderMath';

export interface SliderProps {
  /** Visible label holding the plain-text symbol, e.g. "w1" or "w1 (weight 1)". */
  label: string;
  value: number;
  min: number;
  max: number;
  /** Grid step of a linear slider; for log2 only its integrality matters (1 → integers). */
  step: number;
  onChange: (value: number) => void;
  /** CSS colour for thumb, track fill and value chip, e.g. 'var(--c-w)'. */
  color?: string;
  /** Text of the value chip (default formatNumber). */
  format?: (value: number) => string;
  /** aria-valuetext (default: format, else formatNumber). */
  valueText?: (value: number) => string;
  disabled?: boolean;
  /** 'log2': the range moves in doublings (1, 2, 4 … 1024); onChange gets the integer. */
  scale?: SliderScale;
  /** Exponent step of a log2 slider (default 1: doublings). */
  logStep?: number;
  /** Show the paired exact entry field (default true). */
  exactEntry?: boolean;
  className?: string;
}

/**
 * A native range input (so the platform provides the slider role, touch and pointer handling)
 * with the ARIA slider keys implemented explicitly for identical behaviour everywhere:
 * arrows ±1 step, PageUp/PageDown ±~10 % of the range, Home/End min/max.
 */
function SliderView({
  label, value, min, max, step, onChange, color, format, valueText, disabled = false,
  scale = 'linear', logStep = 1, exactEntry = true, className,
}: SliderProps) {
  const id = useId();
  const v = safeValue(value, min, max);
  const isLog = scale === 'log2';
  const posStep = isLog ? logStep : step;
  const lo = toPosition(min, scale);
  const hi = toPosition(max, scale);
  const pos = clamp(toPosition(v, scale), lo, hi);
  const show = format ?? ((x: number) => formatNumber(x));
  const spoken = valueText ?? show;

  const emit = (next: number) => {
    const out = clamp(next, min, max);
    if (out !== v) onChange(out);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const page = Math.max(1, Math.round((hi - lo) / posStep / 10));
    let target: number | null = null;
    switch (e.key) {
      case 'ArrowRight': case 'ArrowUp': target = stepPosition(pos, 1, lo, hi, posStep); break;
      case 'ArrowLeft': case 'ArrowDown': target = stepPosition(pos, -1, lo, hi, posStep); break;
      case 'PageUp': target = stepPosition(pos, page, lo, hi, posStep); break;
      case 'PageDown': target = stepPosition(pos, -page, lo, hi, posStep); break;
      case 'Home': target = lo; break;
      case 'End': target = hi; break;
      default: return;
    }
    e.preventDefault();
    emit(fromPosition(target, scale, step, min));
  };

  const style = color ? ({ '--nn-slider-color': color } as CSSProperties) : undefined;
  const integer = isLog || (Number.isInteger(step) && Number.isInteger(min));
  return (
    <div className={`nn-slider${disabled ? ' nn-slider--disabled' : ''}${className ? ` ${className}` : ''}`} style={style}>
      <label className="nn-slider__label" htmlFor={id}>{label}</label>
      {/* With an exact entry the field already shows the value; a chip would say it twice. */}
      {exactEntry ? null : <output className="nn-slider__value" htmlFor={id} aria-hidden="true">{show(v)}</output>}
      <input
        id={id}
        className="nn-slider__range"
        type="range"
        min={lo}
        max={hi}
        step={isLog ? logStep : step}
        value={pos}
        disabled={disabled}
        aria-valuetext={spoken(v)}
        onKeyDown={onKeyDown}
        onChange={(e) => {
          const p = Number(e.target.value);
          if (Number.isFinite(p)) emit(fromPosition(p, scale, step, min));
        }}
      />
      {exactEntry && (
        <NumberField
          className="nn-slider__exact"
          label={`${label} exact value`}
          hideLabel
          value={v}
          min={min}
          max={max}
          integer={integer}
          disabled={disabled}
          color={color}
          onCommit={emit}
        />
      )}
    </div>
  );
}

/** The slider, re-rendered only when its own props change (see stableControl). */
export const Slider = stableControl(SliderView, ['onChange']);
