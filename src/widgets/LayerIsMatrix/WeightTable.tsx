import { useMemo } from 'react';
import { ScrollBox } from '../../components/ScrollBox';
import { formatNumber } from '../../components/format';
import { cellColors, type LayerValues } from './layerMath';

/** Above this many inputs the cells show colour only; values stay in the table for screen readers and on hover. */
const COMPACT_AFTER = 6;
const f2 = (x: number) => formatNumber(x, 2);

function Column({ label, values, color, highlight }: { label: string; values: ArrayLike<number>; color: string; highlight?: number }) {
  return (
    <table className="nn-layer-vector">
      <caption className="nn-visually-hidden">{label}</caption>
      <tbody>
        {Array.from(values, (value, i) => (
          <tr key={i} className={i === highlight ? 'nn-layer--selected' : undefined}>
            <td style={{ color }}>{f2(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** W as a heat map (one row per neuron, a button to pick it), times x, plus b, gives z. */
export function WeightTable({ id, v, onPick }: { id: string; v: LayerValues; onPick: (row: number) => void }) {
  const colors = useMemo(() => cellColors(v.maxAbs), [v.maxAbs]);
  const compact = v.nIn > COMPACT_AFTER;
  const shape = `${v.nOut} × ${v.nIn}`;
  let minW = Infinity;
  let maxW = -Infinity;
  for (const w of v.W.data) {
    minW = Math.min(minW, w);
    maxW = Math.max(maxW, w);
  }
  const description =
    `W has ${v.nOut} rows (one per neuron) and ${v.nIn} columns (one per input): ${v.nOut * v.nIn} weights from ` +
    `${f2(minW)} to ${f2(maxW)}, blue for negative, red for positive, white near 0. ` +
    `z = Wx + b = (${Array.from(v.z, f2).join(', ')}).`;
  return (
    <div className="nn-layer">
      <p className="nn-layer-title" id={`${id}-heat-title`}>W as a heat map, times x, plus b, gives z</p>
      <ScrollBox label="The layer's matrix equation z = Wx + b">
        <div className="nn-layer-eq">
          <table className={`nn-layer-matrix${compact ? ' nn-layer-matrix--compact' : ''}`} aria-describedby={`${id}-heat-desc`}>
            <caption className="nn-visually-hidden">Weight matrix W, {shape}: rows are neurons, columns are inputs</caption>
            <thead>
              <tr>
                <td />
                {Array.from({ length: v.nIn }, (_, k) => (
                  <th key={k} scope="col">{compact ? k + 1 : `x${k + 1}`}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: v.nOut }, (_, j) => (
                <tr key={j} className={j === v.picked ? 'nn-layer--selected' : undefined} onMouseEnter={() => onPick(j)}>
                  <th scope="row">
                    <button type="button" aria-pressed={j === v.picked} onClick={() => onPick(j)} onFocus={() => onPick(j)}>
                      {compact ? `n${j + 1}` : `neuron ${j + 1}`}
                    </button>
                  </th>
                  {Array.from({ length: v.nIn }, (_, k) => {
                    const w = v.W.data[j * v.nIn + k];
                    return (
                      <td key={k} style={colors(w)} title={`W[${j + 1},${k + 1}] = ${formatNumber(w)}`}>
                        <span className={compact ? 'nn-visually-hidden' : undefined}>{f2(w)}</span>
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
          <Column label="Bias vector b" values={v.bias} color="var(--c-b)" highlight={v.picked} />
          <span className="nn-layer-op" aria-hidden="true">=</span>
          <Column label="Result z" values={v.z} color="var(--c-z)" highlight={v.picked} />
        </div>
      </ScrollBox>
      <p className="nn-layer-desc" id={`${id}-heat-desc`}>{description}</p>
    </div>
  );
}
