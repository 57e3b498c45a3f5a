import { useMemo, useState } from 'react';
import { Slider } from '../../components/Slider';
import { LiveMath } from '../../components/LiveMath';
import { ScrollBox } from '../../components/ScrollBox';
import { formatNumber } from '../../components/format';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { layerSchema } from './layerState';
import { cellColors, layerValues } from './layerMath';
import { parametersTex, rowTex, shapesTex } from './layerTex';
import { layerCode } from './layerCode';

/** Above this many inputs the cells show colour only; values stay in the table for screen readers and on hover. */
const COMPACT_AFTER = 6;

function Column({ label, values, color, highlight }: { label: string; values: ArrayLike<number>; color: string; highlight?: number }) {
  return (
    <table className="nn-layer-vector">
      <caption className="nn-visually-hidden">{label}</caption>
      <tbody>
        {Array.from(values, (value, i) => (
          <tr key={i} className={i === highlight ? 'nn-layer--selected' : undefined}>
            <td style={{ color }}>{formatNumber(value, 2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Chapter 8: a layer as a matrix W (rows = neurons, columns = inputs) and z = Wx + b as shapes and numbers. */
export default function LayerIsMatrix({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, layerSchema);
  const v = useMemo(() => layerValues(s.nIn, s.nOut, s.b, s.seed), [s.nIn, s.nOut, s.b, s.seed]);
  const [picked, setPicked] = useState(0);
  const row = Math.min(picked, s.nOut - 1);
  const colors = useMemo(() => cellColors(v.maxAbs), [v.maxAbs]);
  const compact = s.nIn > COMPACT_AFTER;
  const f2 = (x: number) => formatNumber(x, 2);
  const shape = `${s.nOut} × ${s.nIn}`;

  let minW = Infinity;
  let maxW = -Infinity;
  for (const w of v.W.data) {
    minW = Math.min(minW, w);
    maxW = Math.max(maxW, w);
  }
  const heatDescription =
    `W has ${s.nOut} rows (one per neuron) and ${s.nIn} columns (one per input): ${s.nOut * s.nIn} weights from ` +
    `${f2(minW)} to ${f2(maxW)}, blue for negative, red for positive, white near 0. ` +
    `z = Wx + b = (${Array.from(v.z, f2).join(', ')}).`;

  return (
    <WidgetFrame
      id={id}
      caption="A layer is a matrix"
      description="Stack each neuron's weights as one row: the whole layer is one matrix times one vector."
      schema={layerSchema}
      state={s}
      onReset={reset}
      onResample={() => set({ seed: (s.seed * 7919 + 1) % 1_000_000 })}
      code={layerCode(s.nIn, s.nOut, v.x, s.b, s.seed)}
      announce={`W is ${shape}, z has ${s.nOut} entries, ${v.parameters} parameters`}
      equation={
        <div className="nn-layer-equation">
          <LiveMath display tex={`${'\\mathbf{z}'} = \\mathbf{W}x + \\mathbf{b}`} />
          <LiveMath display tex={shapesTex(s.nIn, s.nOut)} />
          <p className="nn-layer-note">Neuron {row + 1} (row {row + 1} of W):</p>
          <LiveMath display tex={rowTex(v, row)} />
          <LiveMath display tex={parametersTex(s.nIn, s.nOut)} />
          <Readout
            items={[
              { label: 'W shape', value: shape, color: 'var(--c-w)' },
              { label: 'x shape', value: String(s.nIn), color: 'var(--c-x)' },
              { label: 'z shape', value: String(s.nOut), color: 'var(--c-z)' },
              { label: 'parameters', value: String(v.parameters) },
            ]}
          />
        </div>
      }
      controls={
        <div className="nn-controls-grid">
          <Slider label="n_in (inputs)" value={s.nIn} min={1} max={16} step={1} color="var(--c-x)" onChange={(nIn) => set({ nIn })} />
          <Slider label="n_out (neurons)" value={s.nOut} min={1} max={16} step={1} color="var(--c-z)" onChange={(nOut) => set({ nOut })} />
          <Slider label="b (bias of every neuron)" value={s.b} min={-1} max={1} step={0.01} color="var(--c-b)" onChange={(b) => set({ b })} />
        </div>
      }
    >
      <div className="nn-layer">
        <p className="nn-layer-title" id={`${id}-heat-title`}>W as a heat map, times x, plus b, gives z</p>
        <ScrollBox label="The layer's matrix equation z = Wx + b">
          <div className="nn-layer-eq">
            <table className={`nn-layer-matrix${compact ? ' nn-layer-matrix--compact' : ''}`} aria-describedby={`${id}-heat-desc`}>
              <caption className="nn-visually-hidden">Weight matrix W, {shape}: rows are neurons, columns are inputs</caption>
              <thead>
                <tr>
                  <td />
                  {Array.from({ length: s.nIn }, (_, k) => (
                    <th key={k} scope="col">{compact ? k + 1 : `x${k + 1}`}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: s.nOut }, (_, j) => (
                  <tr key={j} className={j === row ? 'nn-layer--selected' : undefined} onMouseEnter={() => setPicked(j)}>
                    <th scope="row">
                      <button type="button" aria-pressed={j === row} onClick={() => setPicked(j)} onFocus={() => setPicked(j)}>
                        {compact ? `n${j + 1}` : `neuron ${j + 1}`}
                      </button>
                    </th>
                    {Array.from({ length: s.nIn }, (_, k) => {
                      const w = v.W.data[j * s.nIn + k];
                      const text = f2(w);
                      return (
                        <td key={k} style={colors(w)} title={`W[${j + 1},${k + 1}] = ${formatNumber(w)}`}>
                          <span className={compact ? 'nn-visually-hidden' : undefined}>{text}</span>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
            <span className="nn-layer-op" aria-hidden="true">·</span>
            <Column label="Input vector x" values={v.x} color="var(--c-x)" />
            <span className="nn-layer-op" aria-hidden="true">+</span>
            <Column label="Bias vector b" values={v.bias} color="var(--c-b)" highlight={row} />
            <span className="nn-layer-op" aria-hidden="true">=</span>
            <Column label="Result z" values={v.z} color="var(--c-z)" highlight={row} />
          </div>
        </ScrollBox>
        <p className="nn-layer-desc" id={`${id}-heat-desc`}>{heatDescription}</p>
      </div>
    </WidgetFrame>
  );
}
