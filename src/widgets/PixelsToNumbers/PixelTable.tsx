import { useMemo } from 'react';
import { ScrollBox } from '../../components/ScrollBox';
import { normLabels, type Normalisation } from './params';
import { SIZE, cellText } from './pixelsMath';

/** The 784 numbers, 28 rows of 28, the cursor's cell outlined. */
export function PixelTable({ pixels, norm, row, col }: { pixels: Uint8Array; norm: Normalisation; row: number; col: number }) {
  const rows = useMemo(() => {
    const out = [];
    for (let r = 0; r < SIZE; r++) {
      const cells = [];
      for (let c = 0; c < SIZE; c++) {
        const v = pixels[r * SIZE + c];
        const cls = `${v ? 'nn-px-on' : ''}${r === row && c === col ? ' nn-px-cursor' : ''}`;
        cells.push(<td key={c} className={cls || undefined}>{cellText(v, norm)}</td>);
      }
      out.push(<tr key={r}><th scope="row">{r}</th>{cells}</tr>);
    }
    return out;
  }, [pixels, norm, row, col]);
  return (
    <ScrollBox label={`The 784 numbers, ${normLabels[norm]}`} className="nn-px-scroll">
      <table className="nn-px-table">
        <caption className="nn-visually-hidden">The drawing as 28 rows of 28 numbers ({normLabels[norm]})</caption>
        <tbody>{rows}</tbody>
      </table>
    </ScrollBox>
  );
}
