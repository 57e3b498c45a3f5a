import { render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useSteadyHeight } from './steadyHeight';

// jsdom lays nothing out: the test plays the browser, reporting sizes through a fake observer.
let report: (width: number, height: number) => void = () => {};
let height = 0;
class FakeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe() {
    report = (width, h) => {
      height = h;
      this.callback([{ borderBoxSize: [{ inlineSize: width, blockSize: h }] } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
    };
  }
  disconnect() {}
  unobserve() {}
}

function Frame() {
  const ref = useRef<HTMLElement>(null);
  useSteadyHeight(ref);
  return (
    <>
      <figure ref={ref}>
        <input aria-label="w" type="range" />
        <details><summary>In code</summary></details>
      </figure>
      <button type="button">outside</button>
    </>
  );
}

function setup() {
  const view = render(<Frame />);
  const figure = view.container.querySelector('figure') as HTMLElement;
  figure.getBoundingClientRect = () => ({ height }) as DOMRect;
  report(600, 300);
  return { figure, slider: view.getByLabelText('w'), details: view.container.querySelector('details') as HTMLElement, outside: view.getByText('outside') };
}

describe('useSteadyHeight', () => {
  const original = globalThis.ResizeObserver;
  beforeEach(() => { globalThis.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver; });
  afterEach(() => { globalThis.ResizeObserver = original; });

  it('holds nothing until the reader works a control', () => {
    const { figure } = setup();
    report(600, 250);
    expect(figure.style.minHeight).toBe('');
  });

  it('while the reader steps a slider, the figure grows but does not shrink', () => {
    const { figure, slider } = setup();
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    expect(figure.style.minHeight).toBe('300px');
    report(600, 340);
    expect(figure.style.minHeight).toBe('340px');
    report(600, 340);
    report(600, 300);
    expect(figure.style.minHeight).toBe('340px');
  });

  it('lets go when focus leaves the figure, a details panel toggles, or its width changes', () => {
    const { figure, slider, details, outside } = setup();
    const engage = () => slider.dispatchEvent(new Event('input', { bubbles: true }));
    engage();
    slider.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: outside }));
    expect(figure.style.minHeight).toBe('');
    engage();
    slider.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: details }));
    expect(figure.style.minHeight).toBe('300px');
    details.dispatchEvent(new Event('toggle'));
    expect(figure.style.minHeight).toBe('');
    engage();
    report(420, 500);
    expect(figure.style.minHeight).toBe('');
  });
});
