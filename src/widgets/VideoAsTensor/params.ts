import { choice, int, type StateOf } from '../shared/params';

/** The essay's clip: 10 seconds at 30 fps, 224 × 224 pixels, RGB. */
export const params = {
  frames: int(1, 600, 300, { label: 'F (frames)', color: 'var(--c-x)' }),
  height: int(1, 1080, 224, { label: 'H (height, pixels)', color: 'var(--c-w)' }),
  width: int(1, 1920, 224, { label: 'W (width, pixels)', color: 'var(--c-w)' }),
  channels: choice(['1', '3'] as const, '3', { label: 'C (channels)', labels: { '1': '1 (grayscale)', '3': '3 (RGB)' } }),
};

export type VideoState = StateOf<typeof params>;
