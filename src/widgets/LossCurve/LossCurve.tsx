import { sigmoid } from '../../core';
import { formatNumber } from '../../components/format';
import { defineWidget } from '../shared/defineWidget';
import { params, type LossCurveState } from './params';
import { lossAt, sweepMinimum } from './lossCurveMath';
import { aDecimals, forwardTex, lossTex } from './lossCurveTex';
import { lossCurveCode } from './lossCurveCode';
import { LossPlot } from './LossPlot';

function derive(s: LossCurveState) {
  const { z, a, L } = lossAt(s);
  const shown = { ...s, z, a, oneMinusA: sigmoid(-z), L };
  return { ...shown, aDigits: aDecimals(shown), best: sweepMinimum(s) };
}

const f = (x: number) => formatNumber(x);

/** Chapter 10: the chapter-7 neuron's loss as a function of one weight. */
export default defineWidget({
  caption: 'Loss',
  description: "How wrong the neuron's output is, as one number, while you move one weight.",
  className: 'nn-learn',
  params,
  derive,
  equations: (v) => [forwardTex(v), lossTex(v)],
  readouts: (v) => [
    { label: 'a', value: f(v.a), color: 'var(--c-a)' },
    { label: 'y', value: f(v.y), color: 'var(--c-y)' },
    { label: 'L', value: f(v.L) },
    { label: `lowest L at ${v.sweep}`, value: f(v.best.w), color: 'var(--c-w)' },
  ],
  code: lossCurveCode,
  announce: (v) => `a = ${f(v.a)}, target ${f(v.y)}, loss ${f(v.L)}`,
  View: LossPlot,
});
