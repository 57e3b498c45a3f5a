import { choice, int } from '../shared/params';

/** The essay's clip: 10 seconds at 30 fps, 224 × 224 pixels, RGB. */
export const videoSchema = {
  frames: int(1, 600, 300),
  height: int(1, 1080, 224),
  width: int(1, 1920, 224),
  channels: choice(['1', '3'] as const, '3'),
};
