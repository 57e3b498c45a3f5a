import { useEffect, useRef } from 'react';
import type { CSSProperties } from 'react';
import { usePlot } from './PlotContext';
import type { ColorFn } from './colorRamps';

export interface HeatmapRasterProps {
  /** Row-major grid values, length cols × rows: values[row * cols + col]. */
  values: ArrayLike<number>;
  cols: number;
  rows: number;
  /** value → [r, g, b, a]; see sequentialColor / divergingColor. */
  color: ColorFn;
  /** 'bottom-up' (default): row 0 is at the bottom (y minimum), like a math grid. */
  rowOrder?: 'bottom-up' | 'top-down';
  /** Data rectangle covered (default: the whole x and y domain of the plot). */
  extent?: { x0: number; x1: number; y0: number; y1: number };
  /** Pixelated cells (default) or smoothed by the browser. */
  smooth?: boolean;
  opacity?: number;
}

/**
 * A grid of values drawn into a <canvas> through ImageData (one pixel per cell, stretched by
 * CSS), fast enough for 100×100 cells every frame. Pass it to <Plot underlay={…}> (or overlay):
 * it positions itself over the plot area in percentages of the plot, so it follows the SVG's
 * responsive scaling. The canvas is aria-hidden; the Plot's description is the text alternative.
 */
export function HeatmapRaster({
  values, cols, rows, color, rowOrder = 'bottom-up', extent, smooth = false, opacity = 1,
}: HeatmapRasterProps) {
  const { sx, sy, width, height, margin, innerWidth, innerHeight } = usePlot();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const imageRef = useRef<ImageData | null>(null);
  const w = Math.max(1, Math.floor(cols) || 1);
  const h = Math.max(1, Math.floor(rows) || 1);

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return; // no canvas support (jsdom, very old browsers): the description remains
    let image = imageRef.current;
    if (!image || image.width !== w || image.height !== h) image = imageRef.current = ctx.createImageData(w, h);
    const data = image.data;
    for (let r = 0; r < h; r++) {
      const canvasRow = rowOrder === 'bottom-up' ? h - 1 - r : r;
      for (let c = 0; c < w; c++) {
        const i = r * w + c;
        const rgba = color(i < values.length ? values[i] : NaN);
        const o = (canvasRow * w + c) * 4;
        data[o] = rgba[0];
        data[o + 1] = rgba[1];
        data[o + 2] = rgba[2];
        data[o + 3] = rgba[3];
      }
    }
    ctx.putImageData(image, 0, 0);
  }, [values, w, h, color, rowOrder]);

  let left = 0;
  let top = 0;
  let right = innerWidth;
  let bottom = innerHeight;
  if (extent) {
    const xs = [sx(extent.x0), sx(extent.x1)];
    const ys = [sy(extent.y0), sy(extent.y1)];
    if ([...xs, ...ys].every(Number.isFinite)) {
      [left, right] = [Math.min(...xs), Math.max(...xs)];
      [top, bottom] = [Math.min(...ys), Math.max(...ys)];
    }
  }
  const pct = (v: number, of: number) => `${Math.round((v / of) * 1e6) / 1e4}%`;
  const style: CSSProperties = {
    left: pct(margin.left + left, width),
    top: pct(margin.top + top, height),
    width: pct(right - left, width),
    height: pct(bottom - top, height),
    opacity,
    imageRendering: smooth ? 'auto' : 'pixelated',
  };
  return <canvas ref={canvasRef} className="nn-plot__raster" width={w} height={h} style={style} aria-hidden="true" />;
}
