import { useEffect, useId, useRef } from 'react';
import { UNIT_GRID } from '../../core';

// Each unit's output: blue where negative, white at 0, red where positive (scaled to its largest size).
function paint(canvas: HTMLCanvasElement | null, values: Float32Array, offset: number): void {
  const ctx = canvas?.getContext('2d');
  if (!ctx) return; // no canvas (jsdom): the text description remains
  const T = UNIT_GRID;
  const image = ctx.createImageData(T, T);
  for (let r = 0; r < T; r++) {
    for (let c = 0; c < T; c++) {
      const v = Math.max(-1, Math.min(1, values[offset + r * T + c] || 0));
      const [R, G, B] = v < 0 ? [255 + v * (255 - 33), 255 + v * (255 - 102), 255 + v * (255 - 172)] : [255 - v * (255 - 178), 255 - v * (255 - 24), 255 - v * (255 - 43)];
      const p = 4 * ((T - 1 - r) * T + c); // row 0 is the bottom of the plane
      image.data[p] = R;
      image.data[p + 1] = G;
      image.data[p + 2] = B;
      image.data[p + 3] = 255;
    }
  }
  ctx.putImageData(image, 0, 0);
}

function Thumb({ values, offset, label }: { values: Float32Array; offset: number; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => paint(ref.current, values, offset), [values, offset]);
  return (
    <span className="nn-train-unit">
      <canvas ref={ref} width={UNIT_GRID} height={UNIT_GRID} aria-hidden="true" />
      <span className="nn-train-unit__label" aria-hidden="true">{label}</span>
    </span>
  );
}

/** Each hidden unit's output over the plane, one small picture per unit, a row per layer. */
export function UnitPictures({ sizes, units, epoch }: { sizes: number[]; units: Float32Array; epoch: number }) {
  const descId = useId();
  const hidden = sizes.slice(1, -1);
  if (hidden.length === 0 || units.length === 0) return null;
  const T2 = UNIT_GRID * UNIT_GRID;
  let offset = 0;
  const rows = hidden.map((n, l) => {
    const row = Array.from({ length: n }, (_, j) => <Thumb key={j} values={units} offset={(offset + j) * T2} label={`${j + 1}`} />);
    offset += n;
    return (
      <div key={l} className="nn-train-units__row">
        <span className="nn-train-units__layer" aria-hidden="true">Layer {l + 1}</span>
        {row}
      </div>
    );
  });
  const description =
    `Hidden units after ${epoch} epochs: for each of the ${offset} hidden units, a small picture of its own output over the square ` +
    `from −1.5 to 1.5, red where it is positive, blue where negative, each scaled to its own largest value; one row per hidden layer.`;
  return (
    <div className="nn-train-units">
      <div role="img" aria-label="Hidden units, each one's output over the plane" aria-describedby={descId}>
        {rows}
      </div>
      <p id={descId} className="nn-visually-hidden">{description}</p>
    </div>
  );
}
