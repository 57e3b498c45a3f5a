import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBiasRows, dot, matMul, matrix, matVec, transpose } from './linalg';
import type { Matrix } from './linalg';
import { seedPropertyTests } from './testUtils';

seedPropertyTests();

const small = fc.double({ min: -10, max: 10, noNaN: true });
const shapedMatrix = (rows: number, cols: number) =>
  fc.array(small, { minLength: rows * cols, maxLength: rows * cols }).map((d) => matrix(rows, cols, d));
const anyMatrix = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })).chain(([r, c]) => shapedMatrix(r, c));

describe('matrix(rows, cols, data?)', () => {
  it('is row-major: entry (i, j) at data[i·cols + j]', () => {
    const M = matrix(2, 3, [1, 2, 3, 4, 5, 6]);
    expect(M.data[1 * 3 + 2]).toBe(6);
    expect(matrix(2, 2).data).toEqual(new Float64Array(4));
  });
  it('rejects data of the wrong length', () => {
    expect(() => matrix(2, 2, [1, 2, 3])).toThrow(/data has length 3 but a 2×2 matrix needs 4/);
  });
});

describe('dot, matVec, matMul, transpose, addBiasRows: hand cases', () => {
  const W = matrix(2, 2, [1, 2, 3, 4]);
  it('dot([1, 2, 3], [4, 5, 6]) = 32', () => {
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(() => dot([1], [1, 2])).toThrow(RangeError);
  });
  it('matVec([[1, 2], [3, 4]], [5, 6]) = [17, 39]', () => {
    expect(Array.from(matVec(W, [5, 6]))).toEqual([17, 39]);
  });
  it('matMul([[1, 2], [3, 4]], [[5, 6], [7, 8]]) = [[19, 22], [43, 50]]; 1×3 · 3×1 = 1×1', () => {
    expect(Array.from(matMul(W, matrix(2, 2, [5, 6, 7, 8])).data)).toEqual([19, 22, 43, 50]);
    const C = matMul(matrix(1, 3, [1, 2, 3]), matrix(3, 1, [4, 5, 6]));
    expect([C.rows, C.cols, C.data[0]]).toEqual([1, 1, 32]);
  });
  it('transpose of 2×3 is 3×2', () => {
    const T = transpose(matrix(2, 3, [1, 2, 3, 4, 5, 6]));
    expect([T.rows, T.cols]).toEqual([3, 2]);
    expect(Array.from(T.data)).toEqual([1, 4, 2, 5, 3, 6]);
  });
  it('addBiasRows broadcasts b over every row and leaves the batch unchanged', () => {
    const batch = matrix(2, 3, [1, 2, 3, 4, 5, 6]);
    expect(Array.from(addBiasRows(batch, [10, 20, 30]).data)).toEqual([11, 22, 33, 14, 25, 36]);
    expect(Array.from(batch.data)).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('shape mismatches throw RangeErrors naming the shapes', () => {
    expect(() => matVec(W, [1, 2, 3])).toThrow(/W is 2×2 but x has length 3/);
    expect(() => matMul(W, matrix(3, 1))).toThrow(/A is 2×2 but B is 3×1/);
    expect(() => addBiasRows(W, [1])).toThrow(/batch is 2×2 but b has length 1/);
  });
});

describe('properties', () => {
  it('matVec is linear: W(αx + y) = αWx + Wy', () => {
    const arb = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })).chain(([r, c]) =>
      fc.tuple(shapedMatrix(r, c), fc.array(small, { minLength: c, maxLength: c }), fc.array(small, { minLength: c, maxLength: c }), small));
    fc.assert(fc.property(arb, ([W, x, y, alpha]) => {
      const lhs = matVec(W, x.map((xi, i) => alpha * xi + y[i]));
      const wx = matVec(W, x), wy = matVec(W, y);
      lhs.forEach((v, j) => expect(Math.abs(v - (alpha * wx[j] + wy[j]))).toBeLessThan(1e-9 * (1 + Math.abs(v))));
    }));
  });
  it('transpose is an involution: (Aᵀ)ᵀ = A', () => {
    fc.assert(fc.property(anyMatrix, (A) => {
      expect(transpose(transpose(A))).toEqual(A);
    }));
  });
  it('(AB)ᵀ = BᵀAᵀ and matMul agrees with matVec column by column', () => {
    const arb = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([m, k, n]) => fc.tuple(shapedMatrix(m, k), shapedMatrix(k, n)));
    fc.assert(fc.property(arb, ([A, B]: [Matrix, Matrix]) => {
      const AB = matMul(A, B);
      const BtAt = matMul(transpose(B), transpose(A));
      transpose(AB).data.forEach((v, i) => expect(v).toBeCloseTo(BtAt.data[i], 9));
      const Bt = transpose(B);
      for (let j = 0; j < B.cols; j++) {
        const col = matVec(A, Bt.data.subarray(j * B.rows, (j + 1) * B.rows));
        col.forEach((v, i) => expect(AB.data[i * B.cols + j]).toBeCloseTo(v, 9));
      }
    }));
  });
});
