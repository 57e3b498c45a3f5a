/**
 * Setup for the jsdom ("ui") test project: unmount after each test, stub browser APIs jsdom
 * lacks, and load KaTeX up front so LiveMath renders typeset math synchronously in tests.
 */
import { afterEach, beforeAll } from 'vitest';
import { cleanup } from '@testing-library/react';
import { preloadKatex } from '../components/katexLoader';

if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    });
  }
  // jsdom has no CSS namespace; user-event needs CSS.escape to walk radio groups with arrow keys.
  if (!window.CSS?.escape) {
    const escape = (value: string) => String(value).replace(/[^a-zA-Z0-9_\u00a0-\uffff-]/g, (c) => `\\${c}`);
    Object.defineProperty(window, 'CSS', { configurable: true, value: { ...window.CSS, escape, supports: () => false } });
  }
  // jsdom has no canvas: answer "no 2D context" quietly instead of logging "Not implemented".
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
}

beforeAll(async () => {
  await preloadKatex();
});

afterEach(() => {
  cleanup();
});
