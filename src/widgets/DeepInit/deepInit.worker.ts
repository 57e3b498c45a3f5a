/** Computes the deep-network summary off the main thread: L = 20, width 256, batch 256 takes ~0.4 s. */
import { summarizeDeepSignal, type DeepInitOptions } from './deepInitMath';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ key: string; options: DeepInitOptions }>) => {
  const { key, options } = event.data;
  try {
    scope.postMessage({ key, summary: summarizeDeepSignal(options) });
  } catch (error) {
    scope.postMessage({ key, error: String(error) });
  }
};
