import { num, relation, sym } from '../shared/liveTex';
import { texNumber } from '../../components/format';

/** P(0 ≤ w ≤ σ) in three stages: symbols, σ substituted, Φ(1) − Φ(0) worked out. */
export function insideTex(sigma: number, phi1: number): string {
  const p = phi1 - 0.5;
  return (
    `\\begin{aligned} P(0 \\le w \\le ${sym('w', '\\sigma')}) &= P(0 \\le w \\le ${num('w', sigma)}) \\\\ ` +
    `&= \\Phi(1) - \\Phi(0) \\\\ &${relation(phi1, 4)} ${texNumber(phi1, 4)} - 0.5 \\\\ &${relation(p, 4)} ${sym('z', texNumber(p * 100, 2) + '\\,\\%')} \\end{aligned}`
  );
}

/** The measured share: inside / N = 341 / 1000 = 34.1 %. */
export function measuredTex(inside: number, count: number): string {
  const share = inside / count;
  return `\\frac{${sym('a', String(inside))}}{N} = \\frac{${sym('a', String(inside))}}{${count}} ${relation(share * 100, 1)} ${sym('a', texNumber(share * 100, 1) + '\\,\\%')}`;
}
