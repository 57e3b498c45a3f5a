import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../components/format';
import { applyUpdate, backprop } from './backpropMath';
import { defaultsOf } from '../shared/params';
import { params } from './params';

// Chapter 10 prints the worked example; every printed number must be what the core computes.
const chapter = readFileSync(resolve(process.cwd(), 'content/10-how-a-network-learns.mdx'), 'utf8');
const tex = (x: number, digits = 3) => formatNumber(x, digits).replace('\u2212', '-');

describe('chapter 10 prose numbers', () => {
  const example = defaultsOf(params);
  const r = backprop(example);
  const step = applyUpdate(example);
  const after = backprop({ ...example, ...step });
  const printed: [string, number, number][] = [
    ['a', r.a, 3],
    ['L', r.L, 4],
    ['dL/da', r.dLda, 3],
    ['da/dz', r.dadz, 3],
    ['dL/dz', r.dLda * r.dadz, 4],
    ['dL/dw1', r.dLdw1, 3],
    ['dL/dw2', r.dLdw2, 3],
    ['dL/db', r.dLdb, 3],
    ['w1 after', step.w1, 3],
    ['w2 after', step.w2, 3],
    ['b after', step.b, 3],
    ['z after', after.z, 3],
    ['a after', after.a, 3],
    ['L after', after.L, 4],
  ];
  it.each(printed)('prints %s as the core computes it', (_name, value, digits) => {
    expect(chapter).toContain(tex(value, digits));
  });
  it('prints the expected values of the brief', () => {
    for (const s of ['0.622', '0.0713', '-0.378', '0.235', '-0.177', '-0.266', '-0.089', '0.589', '-0.067', '0.144', '1.121', '0.754', '0.0302']) {
      expect(chapter).toContain(s);
    }
  });
});
