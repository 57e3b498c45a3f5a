import { memo } from 'react';
import { formatPercent } from '../../components/format';

/** The ten probabilities p₀ … p₉ as bars, the largest marked; empty bars with a sentence when there are none. */
export const ProbabilityBars = memo(function ProbabilityBars({ p, prediction, note }: { p: ArrayLike<number> | null; prediction: number; note: string }) {
  return (
    <div className="nn-digits-bars">
      <ol className="nn-digits-bars__list" aria-label="Probability of each digit">
        {Array.from({ length: 10 }, (_, k) => {
          const value = p ? p[k] : 0;
          return (
            <li key={k} className={k === prediction ? 'nn-digits-bar nn-digits-bar--top' : 'nn-digits-bar'}>
              <span className="nn-digits-bar__digit">{k}</span>
              <span className="nn-digits-bar__track" aria-hidden="true">
                <span className="nn-digits-bar__fill" style={{ width: `${(100 * value).toFixed(1)}%` }} />
              </span>
              <span className="nn-digits-bar__value">{!p ? '·' : value >= 0.0005 ? formatPercent(value, 1) : '< 0.1\u00a0%'}</span>
            </li>
          );
        })}
      </ol>
      {p ? null : <p className="nn-digits-note">{note}</p>}
    </div>
  );
});
