/** Times the passes off the main thread, so measuring never takes a frame from the page. */
import { timePasses } from '../../core';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// The protocol of useComputation: { key, input } in, { key, value } or { key, error } out.
scope.onmessage = (event: MessageEvent<{ key: string; input: number[] }>) => {
  const { key, input } = event.data;
  try {
    scope.postMessage({ key, value: timePasses(input, () => performance.now()) });
  } catch (error) {
    scope.postMessage({ key, error: error instanceof Error ? error.message : String(error) });
  }
};
