import { formatNumber } from '../../components/format';
import { defineWidget } from '../shared/defineWidget';
import { params } from './params';
import { dotProductValues } from './dotProductMath';
import { dotProductTex, rowTimesColumnTex } from './dotProductTex';
import { dotProductCode } from './dotProductCode';
import { DotProductBars } from './DotProductBars';

/** Chapter 8: z = wᵀx + b as bars — inputs, weights, their products and the sum. */
export default defineWidget({
  caption: 'Dot product',
  description: 'Each input is multiplied by its own weight; the products are added, then the bias.',
  params,
  controls: ['x1', 'w1', 'x2', 'w2', 'x3', 'w3', 'b'],
  derive: dotProductValues,
  equations: (v) => [dotProductTex(v), rowTimesColumnTex(v)],
  code: dotProductCode,
  readouts: (v) => [
    { label: 'wᵀx', value: formatNumber(v.wx), color: 'var(--c-z)' },
    { label: 'z', value: formatNumber(v.z), color: 'var(--c-z)' },
  ],
  announce: (v) => `w transpose x = ${formatNumber(v.wx)}, z = ${formatNumber(v.z)}`,
  View: ({ v }) => <DotProductBars v={v} />,
});
