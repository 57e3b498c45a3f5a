import { memo, useEffect, useRef } from 'react';
import { ScrollBox } from '../../components/ScrollBox';
import { formatNumber } from '../../components/format';
import type { DigitReading } from '../../core/digitReading';
import { paintGrey } from './canvasPaint';

const CELL = 5;

/** One row of the 784 inputs; a row whose 28 grey levels did not change is not drawn again. */
const InputRow = memo(
  function InputRow({ r, row }: { r: number; row: string }) {
    return (
      <tr>
        <th scope="row">{r + 1}</th>
        {row.split(',').map((v, c) => (
          <td key={c} className={v === '0' ? undefined : 'nn-digits-on'}>{v}</td>
        ))}
      </tr>
    );
  },
  (a, b) => a.row === b.row && a.r === b.r,
);

const rowsOf = (grey: Uint8Array) =>
  Array.from({ length: 28 }, (_, r) => Array.from(grey.subarray(r * 28, (r + 1) * 28), (v) => formatNumber(v / 255, 2)).join(','));

/** The preprocessed drawing as the network receives it, as an image. */
export const InputPreview = memo(function InputPreview({ grey, pre }: Pick<DigitReading, 'grey' | 'pre'>) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (ctx) paintGrey(ctx, grey, 28, CELL);
  }, [grey]);
  const box = pre.box ? `${pre.box.r1 - pre.box.r0 + 1} × ${pre.box.c1 - pre.box.c0 + 1}` : 'none';
  return (
    <div className="nn-digits-input">
      <canvas
        ref={ref}
        className="nn-digits-preview"
        width={28 * CELL}
        height={28 * CELL}
        role="img"
        aria-label={`The network's input: the drawing scaled into a 20 by 20 box and centred by its centre of mass in 28 by 28 (ink box ${box}).`}
      />
      <p className="nn-digits-note">What the network sees: scaled into 20 × 20, centred by its centre of mass.</p>
    </div>
  );
});

/** The same input as the 784 numbers, 0 to 1, row by row. */
export const InputNumbers = memo(function InputNumbers({ grey }: { grey: Uint8Array }) {
  const rows = rowsOf(grey);
  return (
    <ScrollBox label="The 784 numbers the network receives" className="nn-digits-numbers">
      <table className="nn-digits-table">
        <caption className="nn-visually-hidden">The 784 inputs, 0 to 1, row by row</caption>
        <tbody>
          {rows.map((row, r) => (
            <InputRow key={r} r={r} row={row} />
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
});
