import { ScrollBox } from '../../components/ScrollBox';
import { formatNumber } from '../../components/format';
import { SHOWN_DIMS } from './params';

const cellColor = (v: number) =>
  `color-mix(in srgb, ${v >= 0 ? 'var(--c-w)' : 'var(--c-b)'} ${Math.round(Math.min(1, Math.abs(v)) * 45)}%, transparent)`;

/** One row per token: its id and the first SHOWN_DIMS numbers of its vector. */
export function EmbeddingTable({ tokens, ids, rows, dims }: { tokens: string[]; ids: number[]; rows: Float64Array[]; dims: number }) {
  const shown = Math.min(SHOWN_DIMS, dims);
  return (
    <ScrollBox label={`Embedding matrix, ${tokens.length} × ${dims}`}>
      <table className="nn-text-table">
        <caption className="nn-visually-hidden">
          Each token&apos;s id and vector: the first {shown} of {dims} numbers
        </caption>
        <thead>
          <tr>
            <th scope="col">token</th>
            <th scope="col">id</th>
            {Array.from({ length: shown }, (_, j) => (
              <th scope="col" key={j}>{j + 1}</th>
            ))}
            {dims > SHOWN_DIMS ? <th scope="col">…</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <th scope="row">{tokens[i]}</th>
              <td className="nn-text-id">{ids[i]}</td>
              {Array.from(row.slice(0, SHOWN_DIMS), (v, j) => (
                <td key={j} style={{ background: cellColor(v) }}>{formatNumber(v, 2)}</td>
              ))}
              {dims > SHOWN_DIMS ? <td className="nn-text-more">+{dims - SHOWN_DIMS} more</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
