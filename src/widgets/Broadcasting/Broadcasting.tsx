import { useMemo } from 'react';
import { Slider } from '../../components/Slider';
import { LiveMath } from '../../components/LiveMath';
import { ScrollBox } from '../../components/ScrollBox';
import { formatNumber } from '../../components/format';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { broadcastSchema } from './broadcastState';
import { broadcastLayer } from './broadcastMath';
import { numbersTex, symbolsTex } from './broadcastTex';
import { broadcastCode } from './broadcastCode';

const f = (x: number) => formatNumber(x);

/** Chapter 4: a whole batch through the layer at once; the bias vector is added to every row. */
export default function Broadcasting({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, broadcastSchema);
  const b = useMemo(() => [s.b1, s.b2], [s.b1, s.b2]);
  const r = useMemo(() => broadcastLayer(s.batch, b), [s.batch, b]);
  const numbers = numbersTex(r, b);
  const n = r.Z.rows;
  const z = r.Z.data;
  const shape = `${n} × 2`;

  return (
    <WidgetFrame
      id={id}
      caption="Broadcasting"
      description="Several inputs go through the layer at once, one per row; the same bias vector is added to every row."
      schema={broadcastSchema}
      state={s}
      onReset={reset}
      code={broadcastCode(r, b)}
      announce={`Z is ${shape}; row 1 of Z is (${f(z[0])}, ${f(z[1])})`}
      equation={
        <div className="nn-broadcast-equation">
          <LiveMath display tex={symbolsTex(n)} />
          <Readout
            items={[
              { label: 'Z shape', value: shape },
              { label: 'row 1 of Z', value: `(${f(z[0])}, ${f(z[1])})`, color: 'var(--c-z)' },
              { label: `row ${n} of Z`, value: `(${f(z[2 * n - 2])}, ${f(z[2 * n - 1])})`, color: 'var(--c-z)' },
            ].filter((_, i) => i < 2 || n > 1)}
          />
          <p className="nn-broadcast-note">
            b1 lands in column 1 of every row and b2 in column 2: each neuron keeps its own bias, for every input in the batch.
          </p>
        </div>
      }
      controls={
        <>
          <Slider label="batch size (rows of X)" value={s.batch} min={1} max={6} step={1} color="var(--c-x)" onChange={(batch) => set({ batch })} />
          <Slider label="b1 (bias of neuron 1)" value={s.b1} min={-2} max={2} step={0.01} color="var(--c-b)" onChange={(b1) => set({ b1 })} />
          <Slider label="b2 (bias of neuron 2)" value={s.b2} min={-2} max={2} step={0.01} color="var(--c-b)" onChange={(b2) => set({ b2 })} />
        </>
      }
    >
      <ScrollBox label="X times W transposed, then b added to every row" className="nn-broadcast-matrices">
        <LiveMath display tex={numbers.product} />
        <LiveMath display tex={numbers.sum} />
      </ScrollBox>
    </WidgetFrame>
  );
}
