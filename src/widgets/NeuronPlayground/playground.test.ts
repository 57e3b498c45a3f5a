import { describe, expect, it } from 'vitest';
import { playgroundCurves, yDomainFor, zeroCrossing } from './playgroundMath';
import { aTex } from './playgroundTex';
import { playgroundCode } from './playgroundCode';
import { exercises } from './exercises';

const plain = (tex: string) => tex.replace(/\\htmlClass\{[^}]*\}/g, '').replace(/[{}]/g, '');
// Default by hand: z = 0.5·2 + 0.1 = 1.1, a = 1 / (1 + e^{−1.1}) = 1 / 1.332871 = 0.750260.
const example = { w: 0.5, b: 0.1, x: 2, act: 'sigmoid' as const, z: 1.1, a: 0.75026 };

describe('zeroCrossing(w, b)', () => {
  it('is −b/w, and none for w = 0', () => {
    expect(zeroCrossing(0.5, 0.1)).toBeCloseTo(-0.2, 12);
    expect(zeroCrossing(0.5, -1)).toBe(2);
    expect(zeroCrossing(-2, 3)).toBe(1.5);
    expect(zeroCrossing(2, 0)).toBe(0);
    expect(Object.is(zeroCrossing(2, 0), -0)).toBe(false);
    expect(zeroCrossing(0, 1)).toBeNull();
  });
});

describe('playgroundCurves(state)', () => {
  it('samples z = wx + b and σ(z) over [−5, 5] at 201 points', () => {
    const c = playgroundCurves(example);
    expect(c.xs.length).toBe(201);
    expect(c.xs[0]).toBe(-5);
    expect(c.xs[200]).toBe(5);
    // At x = −5: z = −2.5 + 0.1 = −2.4, σ(−2.4) = 1/(1 + e^{2.4}) = 0.083173.
    expect(c.zs[0]).toBeCloseTo(-2.4, 12);
    expect(c.as[0]).toBeCloseTo(0.083173, 6);
    // At x = 5: z = 2.6, σ(2.6) = 0.930862.
    expect(c.as[200]).toBeCloseTo(0.930862, 6);
    expect(c.description).toContain('rises as x grows');
    expect(c.description).toContain('z crosses 0 at x = −b/w = −0.2');
  });
  it('says the curve falls for a negative weight and is flat for w = 0', () => {
    expect(playgroundCurves({ ...example, w: -1 }).description).toContain('falls as x grows');
    expect(playgroundCurves({ ...example, w: 0 }).description).toContain('z never crosses 0 (it stays at b = 0.1)');
  });
  it('frames ReLU by its largest output: w = 3, b = 3 gives max 18', () => {
    const c = playgroundCurves({ ...example, w: 3, b: 3, act: 'relu' });
    expect(c.as[200]).toBe(18);
    expect(c.yDomain).toEqual([-1, 18]);
    expect(yDomainFor('relu', 0)).toEqual([-1, 2]);
    expect(yDomainFor('tanh', 1)).toEqual([-1.5, 1.5]);
  });
});

describe('TeX and code', () => {
  it('aTex writes "=" only for an exact value: ReLU, or f(0); a saturated σ or tanh is "≈ 1"', () => {
    expect(plain(aTex(example))).toContain('&= \\sigma(1.1) \\approx 0.75');
    expect(plain(aTex({ ...example, act: 'tanh', z: 18, a: Math.tanh(18) }))).toContain('\\approx 1');
    expect(plain(aTex({ ...example, act: 'sigmoid', z: 30, a: 1 / (1 + Math.exp(-30)) }))).toContain('\\approx 1');
    expect(plain(aTex({ ...example, z: 0, a: 0.5 }))).toContain('= 0.5');
    expect(plain(aTex({ ...example, act: 'relu', z: 1.1, a: 1.1 }))).toContain('(1.1) = 1.1');
  });
  it('code builds float tensors and draws the curve with the chosen activation', () => {
    const code = playgroundCode({ ...example, x: 2, act: 'tanh' });
    expect(code.numpy).toContain('x = 2.0');
    expect(code.numpy).toContain('curve = np.tanh(z)');
    expect(code.pytorch).toContain('x = torch.tensor(2.0, dtype=torch.float32)');
    expect(playgroundCode({ ...example, w: 0 }).numpy).not.toContain('-b / w');
  });
});

describe('exercises', () => {
  const byId = Object.fromEntries(exercises.map((e) => [e.id, e]));
  it('falling needs a negative weight', () => {
    expect(byId['playground-falling'].check(example)).toBe(false);
    expect(byId['playground-falling'].check({ ...example, w: 0 })).toBe(false);
    expect(byId['playground-falling'].check({ ...example, w: -0.01 })).toBe(true);
  });
  it('shift to x = 2 needs b = −1 with w = 0.5', () => {
    expect(byId['playground-shift'].check(example)).toBe(false);
    expect(byId['playground-shift'].check({ ...example, b: -1 })).toBe(true);
    expect(byId['playground-shift'].check({ ...example, w: 1, b: -2 })).toBe(false);
  });
});
