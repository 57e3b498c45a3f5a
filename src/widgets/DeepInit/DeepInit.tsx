import { useMemo } from 'react';
import { deepInitStd } from '../../core';
import { Slider } from '../../components/Slider';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { LiveMath } from '../../components/LiveMath';
import { formatNumber } from '../../components/format';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { actLabels, deepInitSchema, initLabels } from './deepInitState';
import { layerGain, trendOf, varianceRatio } from './deepInitMath';
import { gainTex, ratioTex } from './deepInitTex';
import { deepInitCode } from './deepInitCode';
import { gradientSentence, pairingSentence, signalSentence } from './deepInitText';
import { useDeepSummary } from './useDeepSummary';
import { SmallMultiples, VariancePlot } from './DeepInitParts';

const initOptions = (['small', 'large', 'xavier', 'he'] as const).map((value) => ({ value, label: initLabels[value] }));
const actOptions = (['tanh', 'relu'] as const).map((value) => ({ value, label: actLabels[value] }));

/** Chapter 9: a deep stack of random layers; how the initial spread of the weights carries the signal. */
export default function DeepInit({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, deepInitSchema);
  const options = useMemo(
    () => ({ layers: s.layers, width: s.width, batch: s.batch, init: s.init, act: s.act, seed: s.seed }),
    [s.layers, s.width, s.batch, s.init, s.act, s.seed],
  );
  const { summary, pending } = useDeepSummary(options);
  const L = summary.actVar.length;
  const std = deepInitStd(s.init, s.width);
  const gain = layerGain(s.init, s.width, s.act);
  const aRatio = varianceRatio(summary.actVar);
  const gRatio = varianceRatio([...summary.gradVar].reverse());
  const aTrend = trendOf(aRatio, summary.saturated);
  const gTrend = trendOf(gRatio);
  const signal = signalSentence(aTrend, aRatio, L, summary.saturated);
  const grads = gradientSentence(gTrend, gRatio, L);
  const first = summary.actVar[0], last = summary.actVar[L - 1];
  const description =
    `Solid line: variance of the activations at layers 1 to ${L}, from ${formatNumber(first)} to ${formatNumber(last)}. ` +
    `Dashed line: variance of the gradients, from ${formatNumber(summary.gradVar[0])} at layer 1 to ${formatNumber(summary.gradVar[L - 1])} at layer ${L}. ${signal}`;

  return (
    <WidgetFrame
      id={id}
      caption="Deep network initialization"
      description="A stack of layers fed random inputs. Pick how the weights start and watch the signal, and the gradients, travel through."
      schema={deepInitSchema}
      state={s}
      onReset={reset}
      onResample={() => set({ seed: (s.seed * 7919 + 1) % 1_000_000 })}
      code={deepInitCode(options)}
      announce={`${signal} ${grads}`}
      equation={
        <div className="nn-deep-equation">
          <LiveMath display tex={gainTex({ width: s.width, varW: std * std, act: s.act, gain })} />
          <LiveMath display tex={ratioTex({ layers: L, first, last, ratio: aRatio })} />
          <Readout
            items={[
              { label: 'Var(w)', value: formatNumber(std * std, 4), color: 'var(--c-w)' },
              { label: 'gain per layer', value: formatNumber(gain), color: 'var(--c-z)' },
              { label: 'Var(a) layer 1', value: formatNumber(first), color: 'var(--c-a)' },
              { label: `Var(a) last layer`, value: formatNumber(last), color: 'var(--c-a)' },
              { label: 'signal', value: aTrend },
              { label: 'gradients', value: gTrend },
            ]}
          />
        </div>
      }
      controls={
        <>
          <Slider label="L (layers)" value={s.layers} min={1} max={20} step={1} onChange={(layers) => set({ layers })} />
          <Slider label="width (units per layer, n_in)" value={s.width} min={16} max={256} step={1} color="var(--c-x)" onChange={(width) => set({ width })} />
          <Slider label="batch (random inputs)" value={s.batch} min={16} max={256} step={16} color="var(--c-x)" onChange={(batch) => set({ batch })} />
          <ChoiceGroup legend="Initialisation" options={initOptions} value={s.init} onChange={(init) => set({ init })} />
          <ChoiceGroup legend="Activation f" options={actOptions} value={s.act} onChange={(act) => set({ act })} />
        </>
      }
    >
      <div className="nn-deep-verdict">
        <p className="nn-deep-pending" aria-hidden={!pending}>{pending ? 'Updating…' : ''}</p>
        <p><strong>{signal}</strong></p>
        <p>{grads}</p>
        <p>{pairingSentence(s.init, s.act)}</p>
      </div>
      <VariancePlot actVar={summary.actVar} gradVar={summary.gradVar} description={description} />
      <SmallMultiples what="activations" symbol="a" edges={summary.actEdges} hists={summary.actHist} variances={summary.actVar} color="var(--c-a)" />
      <SmallMultiples what="gradients" symbol="∂L/∂a" edges={summary.gradEdges} hists={summary.gradHist} variances={summary.gradVar} color="var(--c-w)" />
    </WidgetFrame>
  );
}
