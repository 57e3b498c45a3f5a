import { deepInitStd } from '../../core';
import { formatNumber } from '../../components/format';
import { defineWidget, type PartProps } from '../shared/defineWidget';
import { params, type DeepInitState } from './params';
import { layerGain, trendOf, varianceRatio } from './deepInitMath';
import { gainTex, ratioTex } from './deepInitTex';
import { deepInitCode } from './deepInitCode';
import { gradientSentence, pairingSentence, signalSentence } from './deepInitText';
import { useDeepSummary } from './deepSummary';
import { significant } from './shownNumbers';
import { SmallMultiples, VariancePlot } from './DeepInitParts';

/** The worker's summary (possibly still the previous setting's) and what the figure reads off it. */
function useDerived(s: DeepInitState) {
  const { summary, busy, error } = useDeepSummary(s);
  const L = summary.actVar.length;
  const std = deepInitStd(s.init, s.width);
  const aRatio = varianceRatio(summary.actVar);
  const gRatio = varianceRatio([...summary.gradVar].reverse());
  const aTrend = trendOf(aRatio, summary.saturated);
  const gTrend = trendOf(gRatio);
  const signal = signalSentence(aTrend, aRatio, L, summary.saturated);
  const [first, last] = [summary.actVar[0], summary.actVar[L - 1]];
  return { summary, busy, error, L, varW: std * std, gain: layerGain(s.init, s.width, s.act), aRatio, aTrend, gTrend, signal, grads: gradientSentence(gTrend, gRatio, L), first, last };
}
type Part = PartProps<typeof params, ReturnType<typeof useDerived>>;

function DeepView({ v }: Part) {
  const { summary: d, L } = v;
  const description =
    `Solid line: variance of the activations at layers 1 to ${L}, from ${significant(v.first)} to ${significant(v.last)}. ` +
    `Dashed line: variance of the gradients, from ${significant(d.gradVar[0])} at layer 1 to ${significant(d.gradVar[L - 1])} at layer ${L}. ${v.signal}`;
  return (
    <>
      <div className="nn-deep-verdict">
        <p className="nn-deep-pending" aria-hidden={!v.busy && !v.error}>{v.error ? `This stack could not be computed: ${v.error}` : v.busy ? 'Updating…' : ''}</p>
        <p><strong>{v.signal}</strong></p>
        <p>{v.grads}</p>
        <p>{pairingSentence(v.init, v.act)}</p>
      </div>
      <VariancePlot actVar={d.actVar} gradVar={d.gradVar} description={description} />
      <SmallMultiples what="activations" symbol="a" edges={d.actEdges} hists={d.actHist} variances={d.actVar} color="var(--c-a)" />
      <SmallMultiples what="gradients" symbol="∂L/∂a" edges={d.gradEdges} hists={d.gradHist} variances={d.gradVar} color="var(--c-w)" />
    </>
  );
}

/** Chapter 9: a deep stack of random layers; how the initial spread of the weights carries the signal. */
export default defineWidget({
  caption: 'Deep network initialization',
  description: 'A stack of layers fed random inputs. Pick how the weights start and watch the signal, and the gradients, travel through.',
  params,
  useDerived,
  controls: ['layers', 'width', 'batch', 'init', 'act'],
  equations: (v) => [gainTex(v), ratioTex({ layers: v.L, first: v.first, last: v.last, ratio: v.aRatio })],
  readouts: (v) => [
    { label: 'Var(w)', value: formatNumber(v.varW, 4), color: 'var(--c-w)' },
    { label: 'gain per layer', value: formatNumber(v.gain), color: 'var(--c-z)' },
    { label: 'Var(a) layer 1', value: significant(v.first), color: 'var(--c-a)' },
    { label: 'Var(a) last layer', value: significant(v.last), color: 'var(--c-a)' },
    { label: 'signal', value: v.aTrend },
    { label: 'gradients', value: v.gTrend },
  ],
  code: deepInitCode,
  announce: (v) => `${v.signal} ${v.grads}`,
  resample: true,
  View: DeepView,
});
