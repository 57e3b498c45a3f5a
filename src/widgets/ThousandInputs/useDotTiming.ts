import { useEffect, useState } from 'react';
import { timeDot, type ThousandValues } from './thousandMath';

const TIMING_DELAY_MS = 150;

/**
 * The time of one dot product of these values, in ms, or null until it is measured. Measured only
 * after mount (the server and the first client render must agree), and only once n has settled:
 * 2 ms of timing loop inside every slider step would cost the reader a frame.
 */
export function useDotTiming(v: ThousandValues): number | null {
  const [timing, setTiming] = useState<{ ms: number; of: ThousandValues } | null>(null);
  useEffect(() => {
    const wait = setTimeout(() => setTiming({ ms: timeDot(v.w, v.x, () => performance.now()).ms, of: v }), TIMING_DELAY_MS);
    return () => clearTimeout(wait);
  }, [v]);
  return timing && timing.of.n === v.n ? timing.ms : null;
}
