import { choice } from '../shared/params';

/**
 * Only the normalisation lives in the address; the drawing itself (784 pixels) stays in the
 * component, starting from the built-in sample digit so server and client render the same.
 */
export const pixelsSchema = {
  norm: choice(['raw', 'unit', 'signed'] as const, 'raw'),
};

export type Normalisation = (typeof pixelsSchema.norm.options)[number];

export const normLabels: Record<Normalisation, string> = {
  raw: '0–255 (raw)',
  unit: '0–1',
  signed: '−1…1',
};
