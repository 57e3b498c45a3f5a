/**
 * A loss curve of bounded size for any number of epochs: one sample every `stride` epochs; when
 * `capacity` samples are full, every other one is dropped and the stride doubles. So 100,000
 * epochs still draw as at most `capacity` points, evenly spaced in epochs.
 */
export interface LossHistory {
  epochs: number[];
  losses: number[];
  stride: number;
  capacity: number;
}

export function createHistory(capacity = 400): LossHistory {
  return { epochs: [], losses: [], stride: 1, capacity: Math.max(4, Math.floor(capacity / 2) * 2) };
}

/** Records loss at epoch when epoch is a multiple of the current stride. */
export function recordLoss(h: LossHistory, epoch: number, loss: number): void {
  if (epoch % h.stride !== 0) return;
  if (h.epochs.length >= h.capacity) {
    h.stride *= 2;
    let k = 0;
    for (let i = 0; i < h.epochs.length; i++) {
      if (h.epochs[i] % h.stride === 0) {
        h.epochs[k] = h.epochs[i];
        h.losses[k] = h.losses[i];
        k++;
      }
    }
    h.epochs.length = k;
    h.losses.length = k;
    if (epoch % h.stride !== 0) return;
  }
  h.epochs.push(epoch);
  h.losses.push(loss);
}
