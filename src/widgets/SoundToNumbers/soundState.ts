import { int, num } from '../shared/params';

/** A slow 3 Hz tone sampled 20 times a second for 1 second (slow enough to see every wave). */
export const soundSchema = {
  freq: int(1, 20, 3),
  rate: int(2, 100, 20),
  duration: num(0.25, 2, 1),
};
