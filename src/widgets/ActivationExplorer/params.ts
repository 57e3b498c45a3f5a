import { bool, num, type StateOf } from '../shared/params';

export const Z_RANGE = [-6, 6] as const;
/** A curve is "flat" where its slope is below this: learning through it nearly stalls. */
export const FLAT_SLOPE = 0.05;

/** z = 0.5 as in the essay's hand calculation; every curve and the slopes shown. */
export const params = {
  z: num(Z_RANGE[0], Z_RANGE[1], 0.5, { label: 'z (weighted sum)', step: 0.01, term: 'z' }),
  sigmoid: bool(true, { label: 'sigmoid' }),
  tanh: bool(true, { label: 'tanh' }),
  relu: bool(true, { label: 'ReLU' }),
  derivatives: bool(true, { label: 'derivatives' }),
};

export type ExplorerState = StateOf<typeof params>;
export type CurveName = 'sigmoid' | 'tanh' | 'relu';
export const CURVE_NAMES: readonly CurveName[] = ['sigmoid', 'tanh', 'relu'];
