import { formatNumber } from '../format';
import { isBand } from './scales';
import type { PlotScale } from './scales';

export interface Tick {
  key: string;
  /** Pixel position along the axis (finite). */
  pos: number;
  /** Text, or '' for an unlabelled (minor) tick. */
  label: string;
}

export interface TickOptions {
  /** Approximate number of ticks (default 5; log axes label powers of ten only). */
  ticks?: number;
  /** Exact tick values (numbers, or categories on a band axis). */
  tickValues?: readonly (number | string)[];
  /** Label text (default formatNumber, so ticks read "−0.5", "1×10⁶"). */
  tickFormat?: (value: number | string) => string;
}

export function axisTicks(scale: PlotScale, map: (v: number | string) => number, options: TickOptions): Tick[] {
  const { ticks = 5, tickValues, tickFormat } = options;
  const format = tickFormat ?? ((v: number | string) => (typeof v === 'number' ? formatNumber(v) : v));
  let values: (number | string)[];
  let labelled: (v: number | string) => boolean = () => true;
  if (tickValues) values = [...tickValues];
  else if (isBand(scale)) values = scale.domain();
  else {
    values = scale.ticks(ticks);
    if ('base' in scale) {
      // log scale: label powers of ten, keep the others as small unlabelled ticks
      labelled = (v) => Number.isInteger(Math.round(Math.log10(Number(v)) * 1e6) / 1e6);
    }
  }
  const out: Tick[] = [];
  for (const v of values) {
    const pos = map(v);
    if (!Number.isFinite(pos)) continue;
    out.push({ key: String(v), pos: Math.round(pos * 100) / 100, label: labelled(v) ? format(v) : '' });
  }
  return out;
}
