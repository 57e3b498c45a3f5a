import { SIZE } from './pixelsMath';

export const CELL = 10; // canvas pixels per grid cell

/** The drawing in grey levels, a faint grid over it, and the cursor's cell outlined in orange. */
export function paintGrid(ctx: CanvasRenderingContext2D, pixels: Uint8Array, row: number, col: number): void {
  const img = ctx.createImageData(SIZE * CELL, SIZE * CELL);
  for (let y = 0; y < SIZE * CELL; y++) {
    for (let x = 0; x < SIZE * CELL; x++) {
      const v = pixels[Math.floor(y / CELL) * SIZE + Math.floor(x / CELL)];
      const k = (y * SIZE * CELL + x) * 4;
      img.data[k] = v;
      img.data[k + 1] = v;
      img.data[k + 2] = v;
      img.data[k + 3] = 255;
    }
  }
  ctx.putImageData(img, 0, 0);
  ctx.strokeStyle = 'rgba(128,128,128,0.35)';
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (let i = 1; i < SIZE; i++) {
    ctx.moveTo(i * CELL + 0.5, 0);
    ctx.lineTo(i * CELL + 0.5, SIZE * CELL);
    ctx.moveTo(0, i * CELL + 0.5);
    ctx.lineTo(SIZE * CELL, i * CELL + 0.5);
  }
  ctx.stroke();
  ctx.strokeStyle = '#ff8c1a';
  ctx.lineWidth = 2;
  ctx.strokeRect(col * CELL + 1, row * CELL + 1, CELL - 2, CELL - 2);
}
