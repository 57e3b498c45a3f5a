/** Computes the deep-network summary off the main thread: L = 20, width 256, batch 256 takes ~0.4 s. */
import { summarizeDeepSignal } from './deepInitMath';
import type { DeepInitState } from './params';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// The protocol of useComputation: { key, input } in, { key, value } or { key, error } out.
scope.onmessage = (event: MessageEvent<{ key: string; input: DeepInitState }>) => {
  const { key, input } = event.data;
  try {
    scope.postMessage({ key, value: summarizeDeepSignal(input) });
  } catch (error) {
    scope.postMessage({ key, error: error instanceof Error ? error.message : String(error) });
  }
};
