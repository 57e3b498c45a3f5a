import { useEffect, useRef, useState } from 'react';

/**
 * `value`, but changing at most once per `ms` (the last value always arrives). With ms = 0 it is
 * `value` itself. Keeps costly views (KaTeX, code text) at a few updates a second during training.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    if (ms <= 0) return;
    const wait = last.current + ms - performance.now();
    const t = setTimeout(() => {
      last.current = performance.now();
      setShown(value);
    }, Math.max(0, wait));
    return () => clearTimeout(t);
  }, [value, ms]);
  return ms <= 0 ? value : shown;
}
