/**
 * Trains "Train from scratch" off the main thread: slices of ~50 ms (one or more chunks of 1,000
 * digits), a snapshot posted after each, and a zero-delay yield between slices (a MessageChannel
 * round trip) so Pause and a new learning rate are seen at once. A failure stops the loop and is
 * posted as { error } for the figure to say in words.
 */
import { DigitsLoop, type DigitsCommand, type DigitsSnapshot } from './digitsLoop';

interface WorkerScope {
  postMessage(message: DigitsSnapshot | { error: string }, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<DigitsCommand>) => void) | null;
}
const scope = self as unknown as WorkerScope;
const loop = new DigitsLoop(() => performance.now());
const channel = new MessageChannel();
let scheduled = false;

function post(): void {
  const snap = loop.snapshot();
  if (snap) scope.postMessage(snap, [snap.network.buffer]);
}

function fail(e: unknown): void {
  loop.running = false;
  scope.postMessage({ error: e instanceof Error ? e.message : String(e) });
}

function schedule(): void {
  if (scheduled || !loop.running) return;
  scheduled = true;
  channel.port2.postMessage(null);
}

channel.port1.onmessage = () => {
  scheduled = false;
  if (!loop.running) return;
  try {
    loop.slice(50);
    post();
  } catch (e) {
    fail(e);
  }
  schedule();
};

scope.onmessage = (event) => {
  try {
    loop.handle(event.data);
    post();
  } catch (e) {
    fail(e);
  }
  schedule();
};
