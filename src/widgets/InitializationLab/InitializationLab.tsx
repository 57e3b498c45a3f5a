import { useMemo } from 'react';
import { Slider } from '../../components/Slider';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { LiveMath } from '../../components/LiveMath';
import { formatNumber, formatPercent } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { Band } from '../../components/plot/Band';
import { HistogramBars } from '../../components/plot/HistogramBars';
import { LinePath } from '../../components/plot/LinePath';
import { RuleX } from '../../components/plot/Rules';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { distLabels, initLabSchema, nextSeed, schemeLabels } from './initLabState';
import { computeInitLab, computeMatrix } from './initLabMath';
import { drawTex, sigmaTex, varianceTex } from './initLabTex';
import { initLabCode } from './initLabCode';
import { BandTable, WeightMatrix } from './InitLabTables';

const schemeOptions = (['xavier', 'he'] as const).map((value) => ({ value, label: schemeLabels[value] }));
const distOptions = (['normal', 'uniform'] as const).map((value) => ({ value, label: distLabels[value] }));
const whole = (x: number) => formatNumber(x, 0, { grouping: true });

/** Chapter 3: Xavier and He initialisation, drawn, counted and compared with the formula. */
export default function InitializationLab({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, initLabSchema);
  const { scheme, dist, nIn, nOut, count, seed } = s;
  const lab = useMemo(
    () => computeInitLab({ scheme, dist, nIn, nOut, count, seed }),
    [scheme, dist, nIn, nOut, count, seed],
  );
  const matrix = useMemo(() => computeMatrix({ scheme, dist, nIn, nOut, seed }), [scheme, dist, nIn, nOut, seed]);
  const f = (x: number) => formatNumber(x);
  const sig = lab.sigma;
  const within1 = lab.bands[0];
  const drawName = dist === 'normal' ? `N(0, ${f(sig)}²)` : `U(${f(-lab.limit)}, ${f(lab.limit)})`;
  const description =
    `Histogram of ${whole(count)} weights drawn from ${drawName} (${schemeLabels[scheme]}, n_in = ${nIn}, n_out = ${nOut}), ` +
    `scaled as a density, with the normal density curve over it${dist === 'uniform' ? ' (dashed) and the flat uniform density' : ''}. ` +
    lab.bands.map((b) => `±${b.k}σ (${f(b.lo)} … ${f(b.hi)}) holds ${formatPercent(b.measured, 2)}, expected ${formatPercent(b.expected, 2)}`).join('; ') +
    `. Sample mean ${f(lab.sampleMean)}, sample standard deviation ${f(lab.sampleStd)} against σ = ${f(sig)}.`;

  return (
    <WidgetFrame
      id={id}
      caption="Initialization lab"
      description="Pick a scheme and the layer's size; the formula, the samples and the matrix follow."
      schema={initLabSchema}
      state={s}
      onReset={reset}
      onResample={() => set((cur) => ({ seed: nextSeed(cur.seed) }))}
      code={initLabCode(s, lab.variance, sig, lab.limit)}
      announce={`${schemeLabels[scheme]} ${dist}: Var(w) = ${f(lab.variance)}, σ = ${f(sig)}; ${formatPercent(within1.measured, 1)} of ${whole(count)} samples lie within ±1σ.`}
      equation={
        <div className="nn-initlab-equation">
          <ol className="nn-initlab-steps">
            <li>
              <span className="nn-initlab-step-title">Calculate the variance</span>
              <LiveMath display tex={varianceTex(s, lab.variance)} />
            </li>
            <li>
              <span className="nn-initlab-step-title">Take its square root, the width σ</span>
              <LiveMath display tex={sigmaTex(lab.variance, sig)} />
            </li>
            <li>
              <span className="nn-initlab-step-title">
                Draw each of the {whole(nOut * nIn)} weights independently, mean 0
              </span>
              <LiveMath display tex={drawTex(s, sig, lab.limit)} />
            </li>
          </ol>
          <Readout
            label="Formula against samples"
            items={[
              { label: 'Var(w)', value: f(lab.variance), color: 'var(--c-w)' },
              { label: 'σ', value: f(sig), color: 'var(--c-w)' },
              ...(dist === 'uniform' ? [{ label: 'L', value: f(lab.limit), color: 'var(--c-w)' }] : []),
              { label: 'sample mean', value: f(lab.sampleMean) },
              { label: 'sample variance', value: f(lab.sampleVariance) },
              { label: 'sample std', value: f(lab.sampleStd) },
            ]}
          />
        </div>
      }
      controls={
        <>
          <ChoiceGroup legend="Scheme" options={schemeOptions} value={scheme} onChange={(v) => set({ scheme: v })} />
          <ChoiceGroup legend="Distribution" options={distOptions} value={dist} onChange={(v) => set({ dist: v })} />
          <Slider label="n_in (inputs per neuron)" value={nIn} min={1} max={1024} step={1} scale="log2" color="var(--c-x)" onChange={(v) => set({ nIn: v })} />
          <Slider label="n_out (neurons in the next layer)" value={nOut} min={1} max={1024} step={1} scale="log2" color="var(--c-a)" onChange={(v) => set({ nOut: v })} />
          <Slider label="N (samples)" value={count} min={100} max={100_000} step={1} scale="log2" format={whole} onChange={(v) => set({ count: v })} />
          <Slider label="seed" value={seed} min={0} max={1_000_000} step={1} onChange={(v) => set({ seed: v })} />
        </>
      }
    >
      <Plot
        x={{ domain: [-4 * sig, 4 * sig] }}
        y={{ domain: [0, lab.yMax] }}
        height={260}
        title={`Histogram of ${whole(count)} sampled weights with the ±1σ, ±2σ, ±3σ bands`}
        description={description}
      >
        {lab.bands.map((b) => (
          <Band key={b.k} x0={b.lo} x1={b.hi} color="var(--c-w)" opacity={0.09} />
        ))}
        <AxisBottom label="weight value w" />
        <AxisLeft label="density" />
        <HistogramBars x0={lab.bins.x0} x1={lab.bins.x1} counts={lab.bins.density} color="var(--series-1)" />
        <LinePath xs={lab.normalCurve.xs} ys={lab.normalCurve.ys} color="var(--c-z)" dashed={dist === 'uniform'} />
        {dist === 'uniform' ? <LinePath xs={lab.flatCurve.xs} ys={lab.flatCurve.ys} color="var(--c-a)" /> : null}
        {lab.bands.map((b) => (
          <RuleX key={b.k} x={b.hi} label={`${b.k}σ`} />
        ))}
      </Plot>
      <div className="nn-initlab-tables">
        <BandTable bands={lab.bands} dist={dist} count={count} />
        <WeightMatrix m={matrix} nIn={nIn} nOut={nOut} />
      </div>
    </WidgetFrame>
  );
}
