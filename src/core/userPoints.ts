/**
 * A reader's own points as text, so they travel in the address and a copied link: each point is
 * "x1,x2,class" with the coordinates in whole hundredths, points joined by "_" ("52,-31,1_…" is
 * (0.52, −0.31) of class 1). Reading is forgiving: a malformed entry is dropped, a coordinate is
 * clamped to the plotted square, anything past MAX_USER_POINTS is ignored.
 */

/** The square the reader can place points in (the plot's extent). */
export const USER_POINT_EXTENT = 1.5;
export const MAX_USER_POINTS = 200;
/** The longest text that can hold MAX_USER_POINTS points ("-150,-150,1_" is 12 characters). */
export const USER_POINTS_MAX_LENGTH = 12 * MAX_USER_POINTS;

export interface UserPoint {
  x1: number;
  x2: number;
  label: 0 | 1;
}

const LIMIT = Math.round(USER_POINT_EXTENT * 100);
const hundredths = (v: number) => Math.max(-LIMIT, Math.min(LIMIT, Math.round(v * 100))) || 0;

export function parseUserPoints(text: string): UserPoint[] {
  const out: UserPoint[] = [];
  if (typeof text !== 'string' || text === '') return out;
  for (const entry of text.split('_')) {
    if (out.length >= MAX_USER_POINTS) break;
    const parts = entry.split(',');
    if (parts.length !== 3 || !/^-?\d{1,6}$/.test(parts[0]) || !/^-?\d{1,6}$/.test(parts[1]) || (parts[2] !== '0' && parts[2] !== '1')) continue;
    out.push({ x1: hundredths(Number(parts[0]) / 100), x2: hundredths(Number(parts[1]) / 100), label: parts[2] === '1' ? 1 : 0 });
  }
  return out.map((p) => ({ ...p, x1: p.x1 / 100, x2: p.x2 / 100 }));
}

export function formatUserPoints(points: readonly UserPoint[]): string {
  return points
    .slice(0, MAX_USER_POINTS)
    .map((p) => `${hundredths(p.x1)},${hundredths(p.x2)},${p.label}`)
    .join('_');
}

/** The text with one more point (rounded to hundredths, clamped); unchanged when full. */
export function addUserPoint(text: string, x1: number, x2: number, label: 0 | 1): string {
  const points = parseUserPoints(text);
  if (points.length >= MAX_USER_POINTS || !Number.isFinite(x1) || !Number.isFinite(x2)) return formatUserPoints(points);
  return formatUserPoints([...points, { x1, x2, label }]);
}

/** The text without the point nearest (x1, x2), if one lies within `radius`. */
export function removeUserPoint(text: string, x1: number, x2: number, radius: number): string {
  const points = parseUserPoints(text);
  let best = -1;
  let bestD = radius * radius;
  points.forEach((p, i) => {
    const d = (p.x1 - x1) ** 2 + (p.x2 - x2) ** 2;
    if (d <= bestD) [best, bestD] = [i, d];
  });
  return formatUserPoints(best < 0 ? points : points.filter((_, i) => i !== best));
}
