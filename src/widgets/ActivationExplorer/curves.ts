import { activations } from '../../core';
import { formatNumber } from '../../components/format';
import { activationLabel } from '../shared/activationNames';
import { CURVE_NAMES, FLAT_SLOPE, Z_RANGE, type CurveName } from './params';
import { flatRegions, sampleCurve } from './flatRegions';

const [LO, HI] = Z_RANGE;

/** The symbol each curve's readouts are named by: σ(z), tanh'(z), ReLU(z). */
export const SYMBOL: Record<CurveName, string> = { sigmoid: 'σ', tanh: 'tanh', relu: 'ReLU' };
export const COLOR: Record<CurveName, string> = { sigmoid: 'var(--series-1)', tanh: 'var(--series-3)', relu: 'var(--series-2)' };

// The curves never change: computed once per module, not per render.
export const CURVES = Object.fromEntries(
  CURVE_NAMES.map((n) => {
    const { f, df } = activations[n];
    return [n, { value: sampleCurve(f, LO, HI), slope: sampleCurve(df, LO, HI), flat: flatRegions(df, FLAT_SLOPE, LO, HI) }];
  }),
) as Record<CurveName, { value: ReturnType<typeof sampleCurve>; slope: ReturnType<typeof sampleCurve>; flat: [number, number][] }>;

/** Where a curve is flat, in words: "sigmoid: z < −2.887 and z > 2.887". */
export function describeFlat(n: CurveName): string {
  const f = (x: number) => formatNumber(x);
  const parts = CURVES[n].flat.map(([a, b]) => (a <= LO ? `z < ${f(b)}` : b >= HI ? `z > ${f(a)}` : `${f(a)} < z < ${f(b)}`));
  return `${activationLabel[n]}: ${parts.length ? parts.join(' and ') : 'nowhere'}`;
}
