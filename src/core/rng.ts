/**
 * Seeded pseudo-random numbers: sfc32 (Chris Doty-Humphrey's "small fast chaotic" generator,
 * 128-bit state, passes PractRand), seeded through splitmix32. Every random function in the
 * core takes an `Rng`, so a widget reproduces a figure from its seed alone.
 */
import { fillNormalState } from './ziggurat';

/** A seeded generator. `state` is the sfc32 state (a, b, c, d); bulk fills read and write it. */
export interface Rng {
  /** Uniform on [0, 1), a multiple of 2⁻³² (never 1). */
  uniform(): number;
  /** Standard normal N(0, 1), ziggurat method (same stream as `fillNormal`). */
  normal(): number;
  /** Next raw unsigned 32-bit integer. */
  uint32(): number;
  readonly state: Int32Array;
}

const seedBits = new Float64Array(1);
const seedWords = new Uint32Array(seedBits.buffer);

/** murmur3's 32-bit finalizer: a bijection on 32-bit words that mixes every bit. */
function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Any number → a 32-bit seed, deterministically and without throwing. Integers 0…2³²−1 are used
 * as they are (so they map to distinct seeds); any other number (−3, 1.5, 2⁴⁰, NaN, ±Infinity)
 * has the 64 bits of its double hashed (−0 counts as 0, every NaN as the same NaN).
 */
export function seedToUint32(seed: number): number {
  if (Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff) return seed >>> 0;
  seedBits[0] = Number.isNaN(seed) ? NaN : seed;
  return mix32(seedWords[0] ^ mix32((seedWords[1] + 0x9e3779b9) >>> 0));
}

/** sfc32 seeded by four splitmix32 outputs, first 12 outputs discarded. Any number is a valid seed. */
export function createRng(seed: number): Rng {
  let s = seedToUint32(seed);
  const state = new Int32Array(4);
  for (let k = 0; k < 4; k++) {
    s = (s + 0x9e3779b9) | 0; // splitmix32: a Weyl sequence through a mixer
    state[k] = mix32(s);
  }
  const scratch = new Float64Array(1);
  const rng: Rng = {
    state,
    uint32(): number {
      let a = state[0], b = state[1], c = state[2], d = state[3];
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      state[0] = a; state[1] = b; state[2] = c; state[3] = d;
      return t >>> 0;
    },
    uniform(): number {
      return rng.uint32() * 2.3283064365386963e-10; // 2⁻³²
    },
    normal(): number {
      fillNormalState(state, scratch, 0, 1);
      return scratch[0];
    },
  };
  for (let k = 0; k < 12; k++) rng.uint32();
  return rng;
}

/** Fills out with draws from N(mean, sd²) — ziggurat, PRNG inlined; out.length draws of rng.normal(). */
export function fillNormal(rng: Rng, out: Float64Array, mean = 0, sd = 1): Float64Array {
  fillNormalState(rng.state, out, mean, sd);
  return out;
}

/** Fills out with draws from U[lo, hi): out[i] = lo + (hi − lo)·u, u = rng.uniform(). */
export function fillUniform(rng: Rng, out: Float64Array, lo: number, hi: number): Float64Array {
  const s = rng.state;
  let a = s[0], b = s[1], c = s[2], d = s[3];
  const width = (hi - lo) * 2.3283064365386963e-10;
  for (let k = 0; k < out.length; k++) {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    out[k] = lo + width * (t >>> 0);
  }
  s[0] = a; s[1] = b; s[2] = c; s[3] = d;
  return out;
}

/** Uniform integer in {0, …, n − 1} (n ≤ 2³²), by floor(n·u); bias ≤ n/2³², irrelevant here. */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng.uniform() * n);
}

/** Fisher–Yates shuffle of `items` in place, using rng; returns items. */
export function shuffleInPlace<T extends { length: number; [i: number]: number }>(rng: Rng, items: T): T {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng.uniform() * (i + 1));
    const tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
  }
  return items;
}
