import { useMemo } from 'react';
import { formatNumber } from '../../components/format';
import { passCounts } from '../../core';
import { defineWidget } from '../shared/defineWidget';
import { params, sizesOf, type CostState } from './params';
import { parameterTex, passesTex } from './costTex';
import { costCode } from './costCode';
import { useCostTimes } from './useCostTimes';
import { CostAside } from './CostAside';

/** The counts follow the controls at once; the times come from a worker when it has measured. */
function useCost(s: CostState) {
  const sizes = useMemo(() => sizesOf(s), [s]);
  const counts = useMemo(() => passCounts(sizes), [sizes]);
  const times = useCostTimes(sizes);
  return useMemo(() => ({ sizes, counts, times }), [sizes, counts, times]);
}

const count = (n: number) => formatNumber(n, 0, { grouping: true });

/** Finite differences against backpropagation: passes needed, and their time measured in this browser. */
export default defineWidget({
  caption: 'Why backpropagation is fast',
  description: 'Pick a network: the passes each way of finding the gradient needs, timed in your browser.',
  className: 'nn-bpc nn-figure--stacked',
  params,
  useDerived: useCost,
  equations: (v) => [
    { title: 'Parameters', tex: parameterTex(v.sizes, v.counts) },
    { title: 'Passes for one gradient', tex: passesTex(v.counts) },
  ],
  readouts: (v) => [
    { label: 'network', value: v.sizes.join('-') },
    { label: 'parameters', value: count(v.counts.parameters) },
    { label: 'finite-difference passes', value: count(v.counts.finiteDifferencePasses) },
  ],
  code: costCode,
  announce: (v) => `${v.sizes.join('-')}: ${count(v.counts.parameters)} parameters, ${count(v.counts.finiteDifferencePasses)} forward passes for finite differences, 2 passes for backpropagation`,
  Aside: CostAside,
});
