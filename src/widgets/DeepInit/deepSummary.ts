import { useComputation } from '../shared/useComputation';
import { summarizeDeepSignal, type DeepSummary } from './deepInitMath';
import type { DeepInitState } from './params';

const keyOf = (s: DeepInitState) => `${s.layers}|${s.width}|${s.batch}|${s.init}|${s.act}|${s.seed}`;
const worker = () => new Worker(new URL('./deepInit.worker.ts', import.meta.url), { type: 'module' });

/**
 * The summary for a state, computed in a Web Worker (the largest stack costs ~0.4 s, far more than
 * a frame): the latest setting wins, a slow one waits for the controls to rest (quietMs), and a
 * failure is said in words. The first render computes here, so server and client draw alike.
 */
export function useDeepSummary(s: DeepInitState): { summary: DeepSummary; busy: boolean; error: string | null } {
  const { value, busy, error } = useComputation(keyOf(s), s, { initial: summarizeDeepSignal, worker, quietMs: 150 });
  return { summary: value, busy, error };
}
