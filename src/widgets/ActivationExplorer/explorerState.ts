import { bool, num } from '../shared/params';

/** z = 0.5 as in the essay's hand calculation; every curve and the slopes shown. */
export const explorerSchema = {
  z: num(-6, 6, 0.5),
  sigmoid: bool(true),
  relu: bool(true),
  tanh: bool(true),
  derivatives: bool(true),
};

export const FLAT_SLOPE = 0.05;
export const Z_RANGE: readonly [number, number] = [-6, 6];
