import { useId, useMemo } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { PlotContext } from './PlotContext';
import type { Margin, PlotContextValue } from './PlotContext';
import { makeScale, pixelMapper } from './scales';
import type { AxisSpec } from './scales';

export interface PlotProps {
  width?: number;
  height?: number;
  margin?: Partial<Margin>;
  x: AxisSpec;
  y: AxisSpec;
  /** Accessible name of the plot (also an SVG <title>). */
  title: string;
  /** Text alternative with the key numbers: SVG <desc> and visually hidden text. */
  description: string;
  /** SVG marks: axes, lines, bars… */
  children?: ReactNode;
  /** HTML layers under the SVG (e.g. <HeatmapRaster/>), positioned by the layers themselves. */
  underlay?: ReactNode;
  /** HTML layers over the SVG. */
  overlay?: ReactNode;
  className?: string;
}

/** The contents of an axis spec as a string (domains are short: two numbers or a few labels). */
const specKey = (spec: AxisSpec) => `${spec.type ?? ''}|${spec.nice ? 1 : 0}|${spec.padding ?? ''}|${spec.domain.join('\u0001')}`;

const DEFAULT_MARGIN: Margin = { top: 12, right: 16, bottom: 40, left: 48 };

/**
 * A responsive SVG chart frame: width 100 %, height from the viewBox aspect ratio, never wider
 * than its natural width. The SVG is one image (role="img") named by `title` and described by
 * `description`; every mark inside is aria-hidden.
 */
export function Plot({
  width = 480, height = 280, margin, x, y, title, description, children, underlay, overlay, className,
}: PlotProps) {
  const uid = useId();
  const m: Margin = { ...DEFAULT_MARGIN, ...margin };
  const innerWidth = Math.max(1, width - m.left - m.right);
  const innerHeight = Math.max(1, height - m.top - m.bottom);
  const { top, right, bottom, left } = m;

  // Callers write x={{ domain: [a, b] }} inline, a new object every render; keying the scales on
  // the specs' contents keeps them (and every mark's memoised path) when nothing changed.
  const xKey = specKey(x);
  const yKey = specKey(y);
  const ctx = useMemo<PlotContextValue>(() => {
    const xs = makeScale(x, [0, innerWidth]);
    const ys = makeScale(y, y.type === 'band' ? [0, innerHeight] : [innerHeight, 0]);
    return {
      x: xs,
      y: ys,
      sx: pixelMapper(xs, innerWidth),
      sy: pixelMapper(ys, innerHeight),
      innerWidth,
      innerHeight,
      width,
      height,
      margin: { top, right, bottom, left },
      clipId: `${uid}-clip`,
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- x and y are represented by their keys
  }, [xKey, yKey, innerWidth, innerHeight, width, height, top, right, bottom, left, uid]);

  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;
  return (
    <PlotContext.Provider value={ctx}>
      <div className={`nn-plot${className ? ` ${className}` : ''}`} style={{ '--nn-plot-width': `${width}px`, '--nn-plot-ratio': width / height } as CSSProperties}>
        {underlay}
        <svg
          className="nn-plot__svg"
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
        >
          <title id={titleId}>{title}</title>
          <desc id={descId}>{description}</desc>
          <defs>
            <clipPath id={ctx.clipId}>
              <rect width={innerWidth} height={innerHeight} />
            </clipPath>
          </defs>
          <g transform={`translate(${m.left},${m.top})`}>{children}</g>
        </svg>
        {overlay}
        <p className="nn-visually-hidden">{description}</p>
      </div>
    </PlotContext.Provider>
  );
}
