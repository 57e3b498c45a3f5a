import { formatNumber, formatPercent } from '../../components/format';
import { ScrollBox } from '../../components/ScrollBox';
import type { BandRow, MatrixSummary } from './initLabMath';
import { whole } from './shownDigits';

const MINUS = '\u2212';
/** Exactly three decimals, Unicode minus, never "−0.000" or "NaN". */
export function fixed3(x: number): string {
  if (!Number.isFinite(x)) return '—';
  const t = x.toFixed(3);
  return Number(t) === 0 ? '0.000' : t.replace('-', MINUS);
}

/** The ±kσ bands: interval, measured share of the samples, expected share. */
export function BandTable({ bands, dist, count }: { bands: BandRow[]; dist: 'normal' | 'uniform'; count: number }) {
  const f = (x: number) => formatNumber(x);
  return (
    <div className="nn-initlab-block">
      <ScrollBox label="Share of samples inside each band">
      <table className="nn-initlab-table">
        <caption>Share of the {whole(count)} samples inside each band</caption>
        <thead>
          <tr><th scope="col">band</th><th scope="col">interval</th><th scope="col">measured</th><th scope="col">expected</th></tr>
        </thead>
        <tbody>
          {bands.map((b) => (
            <tr key={b.k}>
              <th scope="row">±{b.k}σ</th>
              <td>{f(b.lo)} … {f(b.hi)}</td>
              <td data-testid={`measured-${b.k}`}>{formatPercent(b.measured, 2)}</td>
              <td data-testid={`expected-${b.k}`}>{formatPercent(b.expected, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </ScrollBox>
      <p className="nn-initlab-note">
        {dist === 'normal'
          ? 'Expected for a normal draw: 68.27 %, 95.45 %, 99.73 %. The rest lies further out: the bands are not hard limits.'
          : 'A uniform draw on [−r, r] with r = √3·σ has no tails: the expected share inside ±kσ is min(1, kσ/r) = min(1, k/√3), so 57.74 %, then 100 %.'}
      </p>
    </div>
  );
}

/** The sampled n_out × n_in matrix: in full up to 8 × 8, otherwise a corner and a summary. */
export function WeightMatrix({ m, nIn, nOut }: { m: MatrixSummary; nIn: number; nOut: number }) {
  const f = (x: number) => formatNumber(x);
  return (
    <div className="nn-initlab-block">
      <p className="nn-initlab-matrix-title">
        One possible draw of W ({nOut} × {nIn}: a row per neuron, a column per input)
      </p>
      <ScrollBox label={`Sampled weight matrix W, ${nOut} by ${nIn}`}>
        <table className="nn-initlab-matrix">
          <tbody>
            {m.rows.map((row, i) => (
              <tr key={i}>
                {row.map((x, j) => <td key={j}>{fixed3(x)}</td>)}
                {m.moreCols ? <td aria-label="more columns">…</td> : null}
              </tr>
            ))}
            {m.moreRows ? (
              <tr>
                {m.rows[0].map((_, j) => <td key={j} aria-label="more rows">⋮</td>)}
                {m.moreCols ? <td aria-label="more rows and columns">⋱</td> : null}
              </tr>
            ) : null}
          </tbody>
        </table>
      </ScrollBox>
      {m.moreRows || m.moreCols ? (
        <p className="nn-initlab-note" data-testid="matrix-summary">
          Showing the first {m.rows.length} rows and {m.rows[0].length} columns of {whole(nOut * nIn)} weights: min {f(m.min)}, max {f(m.max)}, mean {f(m.mean)}, std {f(m.std)}.
        </p>
      ) : null}
    </div>
  );
}
