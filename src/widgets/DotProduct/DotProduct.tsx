import { useMemo } from 'react';
import { Slider } from '../../components/Slider';
import { LiveMath } from '../../components/LiveMath';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { RuleY } from '../../components/plot/Rules';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { dotProductSchema } from './dotProductState';
import { dotProductTex, rowTimesColumnTex } from './dotProductTex';
import { dotProductCode } from './dotProductCode';
import { barDomain, dotProductValues } from './dotProductMath';
import { GroupedBars, type BarGroup } from './GroupedBars';

const categories = ['i = 1', 'i = 2', 'i = 3', 'total'];
const legend = [
  { label: 'input xᵢ', color: 'var(--c-x)' },
  { label: 'weight wᵢ', color: 'var(--c-w)' },
  { label: 'product wᵢxᵢ and wᵀx', color: 'var(--c-z)', opacity: 0.55 },
  { label: 'bias b', color: 'var(--c-b)' },
  { label: 'z', color: 'var(--c-z)' },
];

/** Chapter 8: z = wᵀx + b as bars — inputs, weights, their products and the sum. */
export default function DotProduct({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, dotProductSchema);
  const v = useMemo(() => dotProductValues(s), [s]);
  const f = (x: number) => formatNumber(x);

  const groups: BarGroup[] = [
    ...v.x.map((xi, i) => ({
      category: categories[i],
      bars: [
        { value: xi, color: 'var(--c-x)', label: `x${i + 1}` },
        { value: v.w[i], color: 'var(--c-w)', label: `w${i + 1}` },
        { value: v.products[i], color: 'var(--c-z)', opacity: 0.55, label: 'wx' },
      ],
    })),
    {
      category: 'total',
      bars: [
        { value: v.wx, color: 'var(--c-z)', opacity: 0.55, label: 'wᵀx' },
        { value: v.b, color: 'var(--c-b)', label: 'b' },
        { value: v.z, color: 'var(--c-z)', label: 'z' },
      ],
    },
  ];
  const domain = barDomain([...v.x, ...v.w, ...v.products, v.wx, v.b, v.z]);
  const description =
    `Bars for each i = 1, 2, 3: input xᵢ (${v.x.map(f).join(', ')}), weight wᵢ (${v.w.map(f).join(', ')}) ` +
    `and their product wᵢxᵢ (${v.products.map(f).join(', ')}). The last group shows the sum wᵀx = ${f(v.wx)}, ` +
    `the bias b = ${f(v.b)} and z = wᵀx + b = ${f(v.z)}.`;

  const weightSlider = (i: 1 | 2 | 3) => {
    const key = `w${i}` as const;
    return <Slider key={key} label={`w${i} (weight ${i})`} value={s[key]} min={-2} max={2} step={0.01} color="var(--c-w)" onChange={(w) => set({ [key]: w })} />;
  };
  const inputSlider = (i: 1 | 2 | 3) => {
    const key = `x${i}` as const;
    return <Slider key={key} label={`x${i} (input ${i})`} value={s[key]} min={-5} max={5} step={0.1} color="var(--c-x)" onChange={(x) => set({ [key]: x })} />;
  };

  return (
    <WidgetFrame
      id={id}
      caption="Dot product"
      description="Each input is multiplied by its own weight; the products are added, then the bias."
      schema={dotProductSchema}
      state={s}
      onReset={reset}
      code={dotProductCode(v)}
      announce={`w transpose x = ${f(v.wx)}, z = ${f(v.z)}`}
      equation={
        <div className="nn-dot-equation">
          <LiveMath display tex={dotProductTex(v)} />
          <LiveMath display tex={rowTimesColumnTex(v)} />
          <Readout
            items={[
              { label: 'wᵀx', value: f(v.wx), color: 'var(--c-z)' },
              { label: 'z', value: f(v.z), color: 'var(--c-z)' },
            ]}
          />
        </div>
      }
      controls={
        <div className="nn-controls-grid">
          {inputSlider(1)}
          {weightSlider(1)}
          {inputSlider(2)}
          {weightSlider(2)}
          {inputSlider(3)}
          {weightSlider(3)}
          <Slider label="b (bias)" value={s.b} min={-2} max={2} step={0.01} color="var(--c-b)" onChange={(b) => set({ b })} />
        </div>
      }
    >
      <div>
        <Plot
          x={{ domain: categories, type: 'band', padding: 0.2 }}
          y={{ domain: domain }}
          height={260}
          title="Inputs, weights and their products"
          description={description}
        >
          <AxisBottom grid={false} />
          <AxisLeft />
          <RuleY y={0} dashed={false} />
          <GroupedBars groups={groups} />
        </Plot>
        <ul className="nn-dot-legend" aria-hidden="true">
          {legend.map((item) => (
            <li key={item.label}>
              <span className="nn-dot-legend__swatch" style={{ background: item.color, opacity: item.opacity ?? 1 }} />
              {item.label}
            </li>
          ))}
        </ul>
      </div>
    </WidgetFrame>
  );
}
