import { formatNumber, formatPercent } from '../../components/format';
import { defineWidget, type PartProps } from '../shared/defineWidget';
import { params, schemeLabels, type InitLabState } from './params';
import { computeInitLab, computeMatrix } from './initLabMath';
import { drawTex, sigmaTex, varianceTex } from './initLabTex';
import { initLabCode } from './initLabCode';
import { decimalsFor, shownDigits, whole } from './shownDigits';
import { InitLabPlot } from './InitLabPlot';
import { BandTable, WeightMatrix } from './InitLabTables';

function derive(s: InitLabState) {
  const lab = computeInitLab(s);
  const { variance, sigma, limit } = lab;
  return { lab, variance, sigma, limit, digits: shownDigits(variance, limit), matrix: computeMatrix(s) };
}
type Values = InitLabState & ReturnType<typeof derive>;
type Part = PartProps<typeof params, ReturnType<typeof derive>>;

/** Each number at the precision the steps show it with (three significant digits at least). */
const shown = (v: Values) => ({
  variance: formatNumber(v.variance, v.digits.variance),
  sigma: formatNumber(v.sigma, v.digits.sigma),
  limit: formatNumber(v.limit, v.digits.limit),
});

function LabView({ v, set }: Part) {
  return (
    <>
      <InitLabPlot s={v} lab={v.lab} sigmaText={shown(v).sigma} set={set} />
      <div className="nn-initlab-tables">
        <BandTable bands={v.lab.bands} dist={v.dist} count={v.count} />
        <WeightMatrix m={v.matrix} nIn={v.nIn} nOut={v.nOut} />
      </div>
    </>
  );
}

/** Chapter 3: Xavier and He initialisation, drawn, counted and compared with the formula. */
export default defineWidget({
  caption: 'Initialization lab',
  description: "Pick a scheme and the layer's size; the formula, the samples and the matrix follow.",
  params,
  derive,
  equations: (v) => [
    { title: 'Calculate the variance', tex: varianceTex(v) },
    { title: 'Take its square root, the width σ', tex: sigmaTex(v) },
    { title: `Draw each of the ${whole(v.nOut * v.nIn)} weights independently, mean 0`, tex: drawTex(v) },
  ],
  readoutLabel: 'Formula against samples',
  readouts: (v) => {
    const { lab } = v;
    const text = shown(v);
    return [
      { label: 'Var(w)', value: text.variance, color: 'var(--c-w)' },
      { label: 'σ', value: text.sigma, color: 'var(--c-w)' },
      ...(v.dist === 'uniform' ? [{ label: 'r', value: text.limit, color: 'var(--c-w)' }] : []),
      // The mean to σ's decimals; variance and std with three significant digits, like Var(w) and σ.
      { label: 'sample mean', value: formatNumber(lab.sampleMean, v.digits.sigma) },
      { label: 'sample variance', value: formatNumber(lab.sampleVariance, decimalsFor(lab.sampleVariance)) },
      { label: 'sample std', value: formatNumber(lab.sampleStd, decimalsFor(lab.sampleStd)) },
    ];
  },
  code: initLabCode,
  announce: (v) => {
    const text = shown(v);
    return `${schemeLabels[v.scheme]} ${v.dist}: Var(w) = ${text.variance}, σ = ${text.sigma}; ${formatPercent(v.lab.bands[0].measured, 1)} of ${whole(v.count)} samples lie within ±1σ.`;
  },
  resample: true,
  View: LabView,
});
