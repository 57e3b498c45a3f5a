/**
 * Trains the figure's network off the main thread: slices of ~12 ms of training, a snapshot
 * (heat map, loss curve, epoch) posted at most once per frame, and a zero-delay yield between
 * slices (a MessageChannel round trip) so Pause and slider changes are seen at once. A failure
 * stops the loop and is posted as { error } for the figure to say in words.
 */
import { TrainingLoop, type Command, type LoopMessage } from './trainingLoop';

interface WorkerScope {
  postMessage(message: LoopMessage, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<Command>) => void) | null;
}
const scope = self as unknown as WorkerScope;
const loop = new TrainingLoop(() => performance.now());
const FRAME_MS = 1000 / 60;
let lastPost = -Infinity;
let postEvery = FRAME_MS;
let scheduled = false;
const channel = new MessageChannel();

function post(): void {
  const t0 = performance.now();
  const snap = loop.snapshot();
  if (!snap) return;
  const cost = performance.now() - t0;
  // A big network's heat map costs several ms: space snapshots so training keeps ≥ 75 % of the
  // time; and no closer than the page can draw them (a message costs the page, drawn or not).
  postEvery = Math.max(FRAME_MS, 4 * cost, loop.pace);
  lastPost = performance.now();
  scope.postMessage(snap, [snap.grid.buffer]);
}

function fail(e: unknown): void {
  loop.running = false;
  scope.postMessage({ error: e instanceof Error ? e.message : String(e) });
}

function tick(): void {
  scheduled = false;
  if (!loop.running) return;
  try {
    loop.slice(12);
    if (!loop.running || performance.now() - lastPost >= postEvery) post();
  } catch (e) {
    fail(e);
  }
  schedule();
}

function schedule(): void {
  if (scheduled || !loop.running) return;
  scheduled = true;
  channel.port2.postMessage(null);
}

channel.port1.onmessage = tick;

scope.onmessage = (event: MessageEvent<Command>) => {
  try {
    if (loop.handle(event.data)) post();
  } catch (e) {
    fail(e);
  }
  schedule();
};
