/** Small canvas painters for the figure: grey images and weight images, one cell per pixel, scaled. */

let scratch: HTMLCanvasElement | null = null;

/**
 * Grey levels 0–255 (255 = ink, drawn white on black as MNIST stores it), one canvas pixel a
 * pixel on a side × side scratch canvas, then drawn scaled by `cell` without smoothing: the
 * browser does the enlarging, so a stroke step writes 784 pixels, not 78,400.
 */
export function paintGrey(ctx: CanvasRenderingContext2D, grey: ArrayLike<number>, side: number, cell: number, x0 = 0, y0 = 0): void {
  scratch ??= document.createElement('canvas');
  if (scratch.width !== side) scratch.width = scratch.height = side;
  const small = scratch.getContext('2d');
  if (!small) return;
  const img = small.createImageData(side, side);
  for (let i = 0; i < side * side; i++) {
    img.data[4 * i] = img.data[4 * i + 1] = img.data[4 * i + 2] = grey[i];
    img.data[4 * i + 3] = 255;
  }
  small.putImageData(img, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(scratch, x0, y0, side * cell, side * cell);
}

/**
 * Hidden unit j's 784 weights (at [784·j, 784·(j+1)) of W) as a 28 × 28 tile: blue for negative,
 * white for 0, red for positive, scaled to the unit's largest |w|. Tiles in rows of `cols`.
 */
export function paintWeightTiles(ctx: CanvasRenderingContext2D, W: ArrayLike<number>, units: number, cols: number, cell: number, gap: number): void {
  const tile = 28 * cell + gap;
  const rows = Math.ceil(units / cols);
  const width = cols * tile, height = rows * tile;
  const img = ctx.createImageData(width, height);
  img.data.fill(0);
  for (let j = 0; j < units; j++) {
    let max = 1e-12;
    for (let k = 0; k < 784; k++) max = Math.max(max, Math.abs(W[j * 784 + k]));
    const ox = (j % cols) * tile, oy = Math.floor(j / cols) * tile;
    for (let y = 0; y < 28 * cell; y++) {
      for (let x = 0; x < 28 * cell; x++) {
        const t = W[j * 784 + Math.floor(y / cell) * 28 + Math.floor(x / cell)] / max;
        const k = ((oy + y) * width + ox + x) * 4;
        // White to the ramp's ends: red (178, 24, 43) for +1, blue (33, 102, 172) for −1.
        const [r, g, b] = t >= 0 ? [178, 24, 43] : [33, 102, 172];
        const s = Math.min(1, Math.abs(t));
        img.data[k] = 255 + (r - 255) * s;
        img.data[k + 1] = 255 + (g - 255) * s;
        img.data[k + 2] = 255 + (b - 255) * s;
        img.data[k + 3] = 255;
      }
    }
  }
  ctx.putImageData(img, 0, 0);
}

/** The keyboard cursor's cell outlined in orange (drawn over paintGrey). */
export function paintCursor(ctx: CanvasRenderingContext2D, row: number, col: number, cell: number): void {
  ctx.strokeStyle = '#ff8c1a';
  ctx.lineWidth = 2;
  ctx.strokeRect(col * cell + 1, row * cell + 1, cell - 2, cell - 2);
}
