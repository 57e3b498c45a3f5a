/**
 * Snapshots of a running computation (training in a worker) delivered to the page no faster than
 * the page can draw them and keep its frame rate: what is drawn is throttled, never what is
 * computed. The latest snapshot wins; one that ends the run is delivered at once.
 *
 * The pace follows the frames the page actually paints. Over each half second the page should
 * paint `window / period` frames; those it did not paint were lost to drawing snapshots (and to
 * anything else on the page), so each delivery cost about `lost / deliveries` frames. Deliveries
 * are then spaced so that at most a tenth of the frames are lost: a redraw that costs three frames
 * on a slow phone is drawn about twice a second, one that fits in its frame is drawn every frame.
 */
export const WINDOW_MS = 500;
/** The share of frames drawing may cost: 60 fps → at least 54. */
export const LOST_SHARE = 0.1;
export const MAX_INTERVAL_MS = 2000;
const DEFAULT_PERIOD_MS = 1000 / 60;
/** Frames are counted while snapshots keep coming: until this long after the last one. */
const QUIET_MS = 1000;

/**
 * The interval between deliveries that keeps the lost frames to `LOST_SHARE`, from one window's
 * counts; `previous` is the interval the window ran with.
 */
export function paceInterval({ frames, deliveries, windowMs, periodMs, minInterval, previous }: {
  frames: number;
  deliveries: number;
  windowMs: number;
  periodMs: number;
  minInterval: number;
  previous: number;
}): number {
  // A window without deliveries says nothing about their cost: keep the pace it had.
  if (deliveries === 0) return previous;
  const lost = Math.max(0, windowMs / periodMs - frames);
  const interval = (lost / deliveries) * periodMs / LOST_SHARE;
  return Math.min(MAX_INTERVAL_MS, Math.max(minInterval, Number.isFinite(interval) ? interval : minInterval));
}

interface Clock {
  now: () => number;
  requestFrame: (callback: (time: number) => void) => number;
  cancelFrame: (handle: number) => void;
}

const browserClock = (): Clock => ({
  now: () => performance.now(),
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
});

/**
 * `push` a snapshot whenever one arrives; `deliver` receives them in animation frames, paced.
 * `settled(m)`: the run has stopped (or failed) with this one, so it goes out without waiting.
 * `minInterval`: the fastest pace wanted even on a fast machine (0: every frame). `onInterval`
 * hears each new pace, so the source can send less often (a message costs the page too).
 */
export function pacedDelivery<M>(
  deliver: (m: M) => void,
  { settled, minInterval = 0, onInterval, clock = browserClock() }: {
    settled: (m: M) => boolean;
    minInterval?: number;
    onInterval?: (ms: number) => void;
    clock?: Clock;
  },
): { push: (m: M) => void; cancel: () => void } {
  let latest: { m: M } | null = null;
  let lastPush = -Infinity;
  let frame = 0;
  let interval = minInterval;
  let lastDelivery = -Infinity;
  // The current window: when it began, the frames painted and the deliveries made in it, the
  // shortest gap between frames (the display's period: 16.7 ms at 60 Hz, 8.3 at 120).
  let windowStart = NaN;
  let frames = 0;
  let deliveries = 0;
  let lastFrame = NaN;
  let period = DEFAULT_PERIOD_MS;

  const send = (now: number) => {
    const item = latest;
    latest = null;
    lastDelivery = now;
    deliveries++;
    if (item) deliver(item.m);
  };
  const onFrame = (time: number) => {
    frame = 0;
    const now = Number.isFinite(time) ? time : clock.now();
    if (Number.isFinite(lastFrame) && now - lastFrame > 4) period = Math.min(period, now - lastFrame);
    lastFrame = now;
    if (!Number.isFinite(windowStart)) windowStart = now;
    frames++;
    if (now - windowStart >= WINDOW_MS) {
      const next = paceInterval({ frames: frames - 1, deliveries, windowMs: now - windowStart, periodMs: period, minInterval, previous: interval });
      if (next !== interval) onInterval?.(next);
      interval = next;
      windowStart = now;
      frames = 1;
      deliveries = 0;
    }
    if (latest && now - lastDelivery >= interval) send(now);
    // Every frame counts while snapshots flow, delivered or not; a quiet stream ends the count.
    if (latest || now - lastPush < QUIET_MS) frame = clock.requestFrame(onFrame);
    else idle();
  };
  // Between runs the count starts afresh (a paused page has no lost frames to learn from).
  const idle = () => {
    windowStart = NaN;
    lastFrame = NaN;
    frames = 0;
    deliveries = 0;
  };

  return {
    push(m) {
      latest = { m };
      lastPush = clock.now();
      if (settled(m)) {
        if (frame) clock.cancelFrame(frame);
        frame = 0;
        send(clock.now());
        idle();
        return;
      }
      if (!frame) frame = clock.requestFrame(onFrame);
    },
    cancel() {
      if (frame) clock.cancelFrame(frame);
      frame = 0;
      latest = null;
    },
  };
}
