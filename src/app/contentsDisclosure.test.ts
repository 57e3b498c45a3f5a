// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bindContentsDisclosure } from './contentsDisclosure';

/** A media query list whose answer the test sets. */
function fakeMedia(matches: boolean) {
  const listeners: EventListener[] = [];
  const media = {
    matches,
    addEventListener: (_: string, listener: EventListenerOrEventListenerObject | null) => {
      if (typeof listener === 'function') listeners.push(listener);
    },
    set(next: boolean) {
      media.matches = next;
      listeners.forEach((listener) => listener(new Event('change')));
    },
  };
  return media as typeof media & Pick<MediaQueryList, 'matches' | 'addEventListener'>;
}

describe('bindContentsDisclosure(details, media)', () => {
  it('opens the contents in its margin and leaves it closed on a narrow screen', () => {
    const wide = document.createElement('details');
    bindContentsDisclosure(wide, fakeMedia(true));
    expect(wide.open).toBe(true);
    const narrow = document.createElement('details');
    bindContentsDisclosure(narrow, fakeMedia(false));
    expect(narrow.open).toBe(false);
  });

  it('follows the window across the breakpoint, both ways', () => {
    const details = document.createElement('details');
    const media = fakeMedia(false);
    bindContentsDisclosure(details, media);
    media.set(true);
    expect(details.open).toBe(true);
    media.set(false);
    expect(details.open).toBe(false);
  });
});
