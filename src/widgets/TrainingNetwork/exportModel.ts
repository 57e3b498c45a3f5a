import type { TrainingSession, TrainingSnapshot } from '../../core';

/** The file Export writes: the schema, layers input to output, W rows = units. */
export interface ExportedModel {
  activation: 'tanh' | 'relu' | 'sigmoid';
  layers: { W: number[][]; b: number[] }[];
  output: 'sigmoid';
  data: { x: [number, number][]; y: (0 | 1)[] };
}

export const EXPORT_FILE = 'training-network.json';

/** The network as the snapshot holds it, with the points it trains on (the held-out ones stay out). */
export function exportModel(act: ExportedModel['activation'], snap: Pick<TrainingSnapshot, 'layers'>, start: Pick<TrainingSession, 'train'>): ExportedModel {
  const { X, y } = start.train;
  return {
    activation: act,
    layers: snap.layers.map(({ W, rows, cols, b }) => ({
      W: Array.from({ length: rows }, (_, j) => Array.from(W.subarray(j * cols, (j + 1) * cols))),
      b: Array.from(b),
    })),
    output: 'sigmoid',
    data: {
      x: Array.from({ length: X.rows }, (_, i) => [X.data[2 * i], X.data[2 * i + 1]] as [number, number]),
      y: Array.from(y, (v) => (v > 0.5 ? 1 : 0)),
    },
  };
}

/** Saves the model as a JSON download (a link to a Blob, clicked; nothing leaves the page). */
export function downloadModel(model: ExportedModel): void {
  const blob = new Blob([JSON.stringify(model)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = EXPORT_FILE;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
