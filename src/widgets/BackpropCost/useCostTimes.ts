import { timePasses, type PassTimes } from '../../core';
import { useComputation } from '../shared/useComputation';

const worker = () => new Worker(new URL('./costTimes.worker.ts', import.meta.url), { type: 'module' });
const now = () => performance.now();

/** The passes timed in this browser, in a worker; null until the first measurement is in. */
export function useCostTimes(sizes: number[]) {
  return useComputation<number[], PassTimes | null>(sizes.join('-'), sizes, {
    initial: () => null,
    compute: (input) => timePasses(input, now),
    worker,
    quietMs: 150,
    placeholder: true,
  });
}
