import { createContext, useContext } from 'react';
import type { PlotScale } from './scales';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PlotContextValue {
  /** The d3 scales (for ticks, bandwidth…); range is the inner plot area. */
  x: PlotScale;
  y: PlotScale;
  /** Data → pixel within the plot area; NaN when the value cannot be placed. */
  sx: (v: number | string) => number;
  sy: (v: number | string) => number;
  innerWidth: number;
  innerHeight: number;
  width: number;
  height: number;
  margin: Margin;
  /** id of the clip path covering the plot area (marks use clipPath={`url(#${clipId})`}). */
  clipId: string;
}

export const PlotContext = createContext<PlotContextValue | null>(null);

/** The enclosing Plot's scales and size. Throws outside a Plot, where marks make no sense. */
export function usePlot(): PlotContextValue {
  const ctx = useContext(PlotContext);
  if (!ctx) throw new Error('usePlot: plot marks must be rendered inside <Plot>.');
  return ctx;
}
