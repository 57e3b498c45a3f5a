/** A segment [x1, y1, x2, y2] in data coordinates. */
export type Segment = [number, number, number, number];

/**
 * Marching squares: the level line f = level through a grid of samples (cols × rows over
 * [lo, hi]², row-major, row 0 at the bottom) as straight segments, one or two per cell, each end
 * placed on a cell edge by linear interpolation between the two corner values.
 */
export function contourSegments(values: ArrayLike<number>, cols: number, rows: number, lo: number, hi: number, level: number): Segment[] {
  const dx = (hi - lo) / (cols - 1);
  const dy = (hi - lo) / (rows - 1);
  const out: Segment[] = [];
  const at = (c: number, r: number) => values[r * cols + c];
  for (let r = 0; r < rows - 1; r++) {
    for (let c = 0; c < cols - 1; c++) {
      // corners counter-clockwise from bottom-left, and the edges between them
      const corners: [number, number, number][] = [
        [c, r, at(c, r)],
        [c + 1, r, at(c + 1, r)],
        [c + 1, r + 1, at(c + 1, r + 1)],
        [c, r + 1, at(c, r + 1)],
      ];
      const points: [number, number][] = [];
      for (let e = 0; e < 4; e++) {
        const [c0, r0, v0] = corners[e];
        const [c1, r1, v1] = corners[(e + 1) % 4];
        if (v0 < level === v1 < level) continue;
        const t = (level - v0) / (v1 - v0);
        points.push([lo + (c0 + t * (c1 - c0)) * dx, lo + (r0 + t * (r1 - r0)) * dy]);
      }
      for (let i = 0; i + 1 < points.length; i += 2) out.push([points[i][0], points[i][1], points[i + 1][0], points[i + 1][1]]);
    }
  }
  return out;
}
