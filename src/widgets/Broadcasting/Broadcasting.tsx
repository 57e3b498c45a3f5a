import { LiveMath } from '../../components/LiveMath';
import { ScrollBox } from '../../components/ScrollBox';
import { formatNumber } from '../../components/format';
import { defineWidget, type PartProps } from '../shared/defineWidget';
import { params } from './params';
import { broadcastLayer, type BroadcastValues } from './broadcastMath';
import { numbersTex, symbolsTex } from './broadcastTex';
import { broadcastCode } from './broadcastCode';

const rowOfZ = (v: BroadcastValues, i: number) => `(${formatNumber(v.Z.data[2 * i])}, ${formatNumber(v.Z.data[2 * i + 1])})`;

function Matrices({ v }: PartProps<typeof params, ReturnType<typeof broadcastLayer>>) {
  const numbers = numbersTex(v);
  return (
    <ScrollBox label="X times W transposed, then b added to every row" className="nn-broadcast-matrices">
      <LiveMath display tex={numbers.product} />
      <LiveMath display tex={numbers.sum} />
    </ScrollBox>
  );
}

/** Chapter 4: a whole batch through the layer at once; the bias vector is added to every row. */
export default defineWidget({
  caption: 'Broadcasting',
  description: 'Several inputs go through the layer at once, one per row; the same bias vector is added to every row.',
  params,
  derive: broadcastLayer,
  equations: (v) => [symbolsTex(v.batch)],
  readouts: (v) => [
    { label: 'Z shape', value: `${v.batch} × 2` },
    { label: 'row 1 of Z', value: rowOfZ(v, 0), color: 'var(--c-z)' },
    ...(v.batch > 1 ? [{ label: `row ${v.batch} of Z`, value: rowOfZ(v, v.batch - 1), color: 'var(--c-z)' }] : []),
  ],
  code: broadcastCode,
  announce: (v) => `Z is ${v.batch} × 2; row 1 of Z is ${rowOfZ(v, 0)}`,
  Aside: () => (
    <p className="nn-broadcast-note">
      b1 lands in column 1 of every row and b2 in column 2: each neuron keeps its own bias, for every input in the batch.
    </p>
  ),
  View: Matrices,
});
