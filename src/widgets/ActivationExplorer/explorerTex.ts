import { texNumber } from '../../components/format';
import { texTerm } from '../../components/texTerms';
import { num, relation, sym } from '../shared/liveTex';
import type { CurveName } from './params';

export interface CurveValues {
  z: number;
  f: number;
  df: number;
}

/** A number in a function's own colour (nn-term-sigmoid, nn-term-relu, nn-term-tanh). */
const fnum = (name: CurveName, x: number) => texTerm(name, texNumber(x));
/** −z as an exponent: "-0.5", "-(-0.3)", and "0" at z = 0 (never "e^{-0}"). */
const negZ = (z: number) => (texNumber(z) === '0' ? '0' : z < 0 ? `-(${texNumber(z)})` : `-${texNumber(z)}`);

const lines = (...rows: string[]) => `\\begin{aligned} ${rows.join(' \\\\ ')} \\end{aligned}`;

/**
 * The decimals f(z) needs in the slope's working so that the slope computed from the digits
 * shown rounds to the slope shown: at z = −4.88, 0.008 · (1 − 0.008) = 0.0079 would read 0.008
 * beside σ'(−4.88) = 0.00748 (0.007), so σ is written 0.0075; at z = 6, tanh is 1 at 3 decimals
 * and 1 − 1² would read 0 beside tanh'(6) ≈ 2.46·10⁻⁵.
 */
export function decimalsFor(f: number, slopeOf: (shown: number) => number, df: number): number {
  const target = texNumber(df);
  for (let digits = 3; digits < 12; digits++) {
    const shown = Number(texNumber(f, digits));
    if (Number.isNaN(shown) || texNumber(slopeOf(shown)) === target) return digits;
  }
  return 12;
}

/** f(z) in three stages: the formula, z substituted, the value. */
export function valueTex(name: CurveName, v: CurveValues): string {
  const z = sym('z', 'z');
  const zn = num('z', v.z);
  const res = `${relation(v.f)} ${fnum(name, v.f)}`;
  if (name === 'sigmoid') {
    return lines(`\\sigma(${z}) &= \\frac{1}{1 + e^{-${z}}}`, `&= \\frac{1}{1 + e^{${texTerm('z', negZ(v.z))}}} ${res}`);
  }
  if (name === 'tanh') {
    const mz = texTerm('z', negZ(v.z));
    return lines(`\\tanh(${z}) &= \\frac{e^{${z}} - e^{-${z}}}{e^{${z}} + e^{-${z}}}`, `&= \\frac{e^{${zn}} - e^{${mz}}}{e^{${zn}} + e^{${mz}}} ${res}`);
  }
  return lines(`\\operatorname{ReLU}(${z}) &= \\max(0, ${z})`, `&= \\max(0, ${zn}) ${res}`);
}

/** f'(z) in three stages: the rule, the numbers, the slope. */
export function slopeTex(name: CurveName, v: CurveValues): string {
  const z = sym('z', 'z');
  const res = `${relation(v.df)} ${fnum(name, v.df)}`;
  // f(z) substituted is rounded too: "≈" before it unless its digits are exact (σ(0) = 0.5).
  if (name === 'sigmoid') {
    const digits = decimalsFor(v.f, (s) => s * (1 - s), v.df);
    const s = texNumber(v.f, digits);
    return lines(`\\sigma'(${z}) &= \\sigma(${z})\\,(1 - \\sigma(${z}))`, `&${relation(v.f, digits)} ${s} \\cdot (1 - ${s}) ${res}`);
  }
  if (name === 'tanh') {
    const digits = decimalsFor(v.f, (t) => 1 - t * t, v.df);
    const t = texNumber(v.f, digits, { parens: true });
    return lines(`\\tanh'(${z}) &= 1 - \\tanh^2(${z})`, `&${relation(v.f, digits)} 1 - ${t}^2 ${res}`);
  }
  const rule = v.z > 0 ? `${num('z', v.z)} > 0` : `${num('z', v.z)} \\le 0`;
  return lines(`\\operatorname{ReLU}'(${z}) &= \\begin{cases} 1 & ${z} > 0 \\\\ 0 & ${z} \\le 0 \\end{cases}`, `&= ${fnum(name, v.df)} \\quad (${rule})`);
}
