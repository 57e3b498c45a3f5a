import { neuron } from '../../core';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { Marker } from '../../components/plot/Marker';
import { RuleY } from '../../components/plot/Rules';
import { defineWidget, type PartProps } from '../shared/defineWidget';
import { activationLabel } from '../shared/activationNames';
import { params, type CalculationState } from './params';
import { activationTex, weightedSumTex } from './calculationTex';
import { calculationCode } from './calculationCode';
import { classOf, sensitivityCurves } from './sensitivity';

function derive(s: CalculationState) {
  const { z, a } = neuron([s.w1, s.w2], [s.x1, s.x2], s.b, s.act);
  return { z, a, cls: classOf(s.act, a), curves: sensitivityCurves(s) };
}
type Part = PartProps<typeof params, ReturnType<typeof derive>>;

function SensitivityPlot({ v }: Part) {
  const { curves } = v;
  return (
    <Plot x={{ domain: [-2, 2] }} y={{ domain: curves.yDomain }} height={240} title={`How sensitive a is to each weight (${activationLabel[v.act]})`} description={curves.description}>
      <AxisBottom label="weight value" />
      <AxisLeft label="a" />
      {v.act === 'sigmoid' ? <RuleY y={0.5} label="0.5" /> : null}
      <LinePath xs={curves.ws} ys={curves.a1} color="var(--series-1)" />
      <LinePath xs={curves.ws} ys={curves.a2} color="var(--series-2)" dashed />
      <Marker x={v.w1} y={v.a} color="var(--series-1)" label="w1" />
      <Marker x={v.w2} y={v.a} color="var(--series-2)" label="w2" />
    </Plot>
  );
}

/** Chapter 7: the essay's neuron worked by hand, every step recomputed as the reader drags. */
export default defineWidget({
  caption: 'A calculation by hand',
  description: 'Drag any input, weight or the bias; every step below is recomputed.',
  params,
  derive,
  equations: (v) => [weightedSumTex(v), activationTex(v)],
  readouts: (v) => [
    { label: 'z', value: formatNumber(v.z), color: 'var(--c-z)' },
    { label: 'a', value: formatNumber(v.a), color: 'var(--c-a)' },
    { label: 'class', value: v.cls.label },
  ],
  code: calculationCode,
  announce: (v) => `z = ${formatNumber(v.z)}, a = ${formatNumber(v.a)}, class ${v.cls.label}`,
  Aside: ({ v }: Part) => <p className="nn-calc-class">{v.cls.reason}</p>,
  View: SensitivityPlot,
});
