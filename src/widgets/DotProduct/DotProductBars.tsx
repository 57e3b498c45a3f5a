import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { RuleY } from '../../components/plot/Rules';
import { barDomain, type DotProductValues } from './dotProductMath';
import { GroupedBars, type BarGroup } from './GroupedBars';

const categories = ['i = 1', 'i = 2', 'i = 3', 'total'];
const legend = [
  { label: 'input xᵢ', color: 'var(--c-x)' },
  { label: 'weight wᵢ', color: 'var(--c-w)' },
  { label: 'product wᵢxᵢ and wᵀx', color: 'var(--c-z)', opacity: 0.55 },
  { label: 'bias b', color: 'var(--c-b)' },
  { label: 'z', color: 'var(--c-z)' },
];

/** Inputs, weights and their products as bars, one group per i, then wᵀx, b and z. */
export function DotProductBars({ v }: { v: DotProductValues }) {
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
  const description =
    `Bars for each i = 1, 2, 3: input xᵢ (${v.x.map(f).join(', ')}), weight wᵢ (${v.w.map(f).join(', ')}) ` +
    `and their product wᵢxᵢ (${v.products.map(f).join(', ')}). The last group shows the sum wᵀx = ${f(v.wx)}, ` +
    `the bias b = ${f(v.b)} and z = wᵀx + b = ${f(v.z)}.`;
  return (
    <div>
      <Plot
        x={{ domain: categories, type: 'band', padding: 0.2 }}
        y={{ domain: barDomain([...v.x, ...v.w, ...v.products, v.wx, v.b, v.z]) }}
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
  );
}
