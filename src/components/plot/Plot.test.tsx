import { describe, expect, it } from 'vitest';
import { usePlot } from './PlotContext';
import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { Plot } from './Plot';
import { AxisBottom, AxisLeft } from './Axes';
import { Band } from './Band';
import { HeatmapRaster } from './HeatmapRaster';
import { HistogramBars } from './HistogramBars';
import { LinePath } from './LinePath';
import { Marker } from './Marker';
import { Points } from './Points';
import { RuleX, RuleY } from './Rules';
import { divergingColor, sequentialColor } from './colorRamps';

// width 480 - (48 + 16) = 416 inner; height 280 - (12 + 40) = 228 inner.
const frame = { width: 480, height: 280, x: { domain: [0, 10] }, y: { domain: [0, 100] } } as const;

describe('Plot', () => {
  it('keeps its scales while equal axis specs arrive as new objects, and rebuilds them on a change', () => {
    const seen: unknown[] = [];
    const Probe = () => {
      seen.push(usePlot().sx);
      return null;
    };
    const at = (hi: number) => (
      <Plot width={480} height={280} x={{ domain: [0, hi] }} y={{ domain: [0, 1] }} title="t" description="d">
        <Probe />
      </Plot>
    );
    const { rerender } = render(at(10));
    rerender(at(10));
    rerender(at(20));
    expect(seen).toHaveLength(3);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).not.toBe(seen[1]);
  });

  it('is one image with an accessible name and description', () => {
    const { container } = render(
      <Plot {...frame} title="Loss over time" description="Loss falls from 100 to 3 in 10 steps.">
        <AxisBottom label="step" />
        <AxisLeft label="loss" />
      </Plot>,
    );
    const img = screen.getByRole('img', { name: 'Loss over time', description: 'Loss falls from 100 to 3 in 10 steps.' });
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img.getAttribute('viewBox')).toBe('0 0 480 280');
    const descId = img.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(descId)?.tagName.toLowerCase()).toBe('desc');
    expect(document.getElementById(descId)?.textContent).toBe('Loss falls from 100 to 3 in 10 steps.');
    expect(container.querySelector('p.nn-visually-hidden')?.textContent).toBe('Loss falls from 100 to 3 in 10 steps.');
    // tick labels from formatNumber
    const labels = [...container.querySelectorAll('.nn-plot__axis--bottom .nn-plot__tick-label')].map((t) => t.textContent);
    expect(labels).toEqual(['0', '2', '4', '6', '8', '10']);
  });

  it('LinePath skips NaN and infinite points without breaking or writing NaN', () => {
    const { container } = render(
      <Plot {...frame} title="t" description="d">
        <LinePath points={[{ x: 0, y: 0 }, { x: 1, y: 10 }, { x: 2, y: NaN }, { x: 3, y: 30 }, { x: 4, y: 40 }, { x: Infinity, y: 1 }]} />
        <LinePath xs={new Float64Array([0, NaN, 10])} ys={new Float64Array([0, 50, 100])} />
      </Plot>,
    );
    const paths = container.querySelectorAll('path.nn-plot__line');
    expect(paths).toHaveLength(2);
    const d = paths[0].getAttribute('d') ?? '';
    // two segments: (0,0)-(1,10) then (3,30)-(4,40); each begins with a MoveTo
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d).toBe('M0,228L41.6,205.2M124.8,159.6L166.4,136.8');
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('HistogramBars draws one rect per bin, heights proportional to counts', () => {
    const { container } = render(
      <Plot {...frame} title="t" description="d">
        <HistogramBars x0={[0, 2, 4]} x1={[2, 4, 6]} counts={[50, 100, 25]} gap={0} />
      </Plot>,
    );
    const rects = [...container.querySelectorAll('.nn-plot__bars rect')];
    expect(rects).toHaveLength(3);
    // y: 0…100 → 228…0, so height = count × 2.28; x: 0…10 → 0…416, so each bin is 83.2 wide
    expect(rects.map((r) => Number(r.getAttribute('height')))).toEqual([114, 228, 57]);
    expect(rects.map((r) => Number(r.getAttribute('y')))).toEqual([114, 0, 171]);
    expect(rects.map((r) => Number(r.getAttribute('x')))).toEqual([0, 83.2, 166.4]);
    expect(rects.map((r) => Number(r.getAttribute('width')))).toEqual([83.2, 83.2, 83.2]);
  });

  it('other marks never write NaN attributes', () => {
    const { container } = render(
      <Plot {...frame} x={{ domain: [NaN, NaN] }} y={{ domain: [1, 1000], type: 'log' }} title="t" description="d">
        <AxisBottom />
        <AxisLeft />
        <LinePath xs={[0, 1, 2]} ys={[NaN, 5, 0]} />
        <Points xs={[NaN, 0.5]} ys={[1, 10]} classOf={(i) => (i ? 'nn-point--1' : undefined)} />
        <HistogramBars x0={[0, NaN]} x1={[0.5, 1]} counts={[10, 5]} />
        <Band x0={NaN} x1={1} />
        <Band x0={0.2} x1={0.4} />
        <RuleX x={NaN} />
        <RuleY y={0} />
        <RuleY y={10} label="ten" />
        <Marker x={0.5} y={100} label="here" />
        <Marker x={0.5} y={-1} />
      </Plot>,
    );
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
    expect(container.querySelectorAll('.nn-plot__points circle')).toHaveLength(1);
    expect(container.querySelectorAll('.nn-plot__band')).toHaveLength(1);
    expect(container.querySelectorAll('.nn-plot__rule')).toHaveLength(1);
    expect(container.querySelectorAll('.nn-plot__marker')).toHaveLength(1);
    // log axis labels powers of ten only
    const labels = [...container.querySelectorAll('.nn-plot__axis--left .nn-plot__tick-label')].map((t) => t.textContent);
    expect(labels).toEqual(['1', '10', '100', '1000']);
  });

  it('HeatmapRaster places an aria-hidden canvas over the plot area', () => {
    const { container } = render(
      <Plot {...frame} title="Decision regions" description="Left half class A." underlay={<HeatmapRaster values={new Float64Array(4)} cols={2} rows={2} color={divergingColor(1)} />}>
        <AxisBottom />
      </Plot>,
    );
    const canvas = container.querySelector('canvas');
    expect(canvas?.getAttribute('aria-hidden')).toBe('true');
    expect(canvas?.width).toBe(2);
    expect(canvas?.style.left).toBe('10%'); // 48 / 480
    expect(canvas?.style.width).toBe('86.6667%'); // 416 / 480
  });

  it('renders on the server without browser APIs', () => {
    const html = renderToString(
      <Plot {...frame} title="t" description="d"><LinePath xs={[0, 10]} ys={[0, 100]} /></Plot>,
    );
    expect(html).toContain('role="img"');
  });
});

describe('colour ramps', () => {
  it('map ends, middle and non-finite values', () => {
    const div = divergingColor(2, [0, 0, 255], [255, 255, 255], [255, 0, 0]);
    expect(div(-2)).toEqual([0, 0, 255, 255]);
    expect(div(-5)).toEqual([0, 0, 255, 255]);
    expect(div(2)).toEqual([255, 0, 0, 255]);
    expect(div(NaN)[3]).toBe(0);
    const seq = sequentialColor([0, 10], [0, 0, 0], [200, 100, 50]);
    expect(seq(0)).toEqual([0, 0, 0, 255]);
    expect(seq(10)).toEqual([200, 100, 50, 255]);
  });
});
