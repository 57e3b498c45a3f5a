import { formatNumber } from '../../components/format';

export const divergedMessage =
  'Training diverged: the learning rate is too large for this network — lower it and press Reset.';

/** Log-scale y domain for the loss curve: covers every recorded loss, at least [0.01, 1]. */
export function lossDomain(losses: ArrayLike<number>): [number, number] {
  let lo = 0.01;
  let hi = 1;
  for (let i = 0; i < losses.length; i++) {
    const v = losses[i];
    if (!Number.isFinite(v) || v <= 0) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const decade = (x: number, up: boolean) => Number(`1e${up ? Math.ceil(Math.log10(x)) : Math.floor(Math.log10(x))}`);
  return [Math.max(1e-6, decade(lo, false)), Math.min(1e3, decade(hi, true))];
}

/** Training speed for the readout: whole epochs per second, 0 before any timed run. */
export function rateText(rate: number): string {
  return Number.isFinite(rate) && rate > 0 ? formatNumber(Math.round(rate), 0, { grouping: true }) : '0';
}
