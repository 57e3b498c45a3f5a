/**
 * Dense linear algebra on row-major matrices: entry (i, j) of an r × c matrix is data[i·c + j].
 * Shape mismatches throw a RangeError that names the shapes.
 */
import { assertPositiveInteger, assertSameLength } from './validate';

/** A rows × cols matrix, row-major: entry (i, j) is data[i·cols + j]. */
export interface Matrix {
  rows: number;
  cols: number;
  data: Float64Array;
}

/** An r × c matrix; data (length r·c) is used as is if a Float64Array, else copied; zeros if absent. */
export function matrix(rows: number, cols: number, data?: ArrayLike<number>): Matrix {
  assertPositiveInteger('rows', rows);
  assertPositiveInteger('cols', cols);
  if (data && data.length !== rows * cols) {
    throw new RangeError(`data has length ${data.length} but a ${rows}×${cols} matrix needs ${rows * cols}`);
  }
  const buffer = data instanceof Float64Array ? data : data ? Float64Array.from(data) : new Float64Array(rows * cols);
  return { rows, cols, data: buffer };
}

function shape(m: Matrix): string {
  return `${m.rows}×${m.cols}`;
}

/** a·b = Σᵢ aᵢbᵢ for two vectors of equal length n. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  assertSameLength('a', a, 'b', b);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** y = Wx: W is m × n, x has length n, y (length m) has yⱼ = Σₖ Wⱼₖ xₖ. */
export function matVec(W: Matrix, x: ArrayLike<number>): Float64Array {
  if (x.length !== W.cols) {
    throw new RangeError(`matVec: W is ${shape(W)} but x has length ${x.length}`);
  }
  const { rows, cols, data } = W;
  const y = new Float64Array(rows);
  for (let j = 0; j < rows; j++) {
    let s = 0;
    const o = j * cols;
    for (let k = 0; k < cols; k++) s += data[o + k] * x[k];
    y[j] = s;
  }
  return y;
}

/** C = AB: A is m × k, B is k × n, C is m × n with Cᵢⱼ = Σₗ Aᵢₗ Bₗⱼ (i-l-j loop order). */
export function matMul(A: Matrix, B: Matrix): Matrix {
  if (A.cols !== B.rows) {
    throw new RangeError(`matMul: A is ${shape(A)} but B is ${shape(B)} (inner sizes differ)`);
  }
  const m = A.rows, k = A.cols, n = B.cols;
  const a = A.data, b = B.data;
  const c = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    const ci = i * n;
    for (let l = 0; l < k; l++) {
      const ail = a[i * k + l];
      const bl = l * n;
      for (let j = 0; j < n; j++) c[ci + j] += ail * b[bl + j];
    }
  }
  return { rows: m, cols: n, data: c };
}

/** Aᵀ: an n × m matrix with (Aᵀ)ⱼᵢ = Aᵢⱼ. */
export function transpose(A: Matrix): Matrix {
  const { rows, cols, data } = A;
  const t = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) t[j * rows + i] = data[i * cols + j];
  }
  return { rows: cols, cols: rows, data: t };
}

/** Broadcasting: a new batch × n matrix with b (length n) added to every row. */
export function addBiasRows(batch: Matrix, b: ArrayLike<number>): Matrix {
  if (b.length !== batch.cols) {
    throw new RangeError(`addBiasRows: batch is ${shape(batch)} but b has length ${b.length}`);
  }
  const { rows, cols, data } = batch;
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const o = i * cols;
    for (let j = 0; j < cols; j++) out[o + j] = data[o + j] + b[j];
  }
  return { rows, cols, data: out };
}
