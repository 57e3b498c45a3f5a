import { describe, expect, it } from 'vitest';
import { activationTex, weightedSumTex } from './anatomyTex';
import { anatomyCode } from './anatomyCode';
import { INPUTS, INPUT_R, LABEL_HALF_WIDTH, LABEL_HEIGHT, SUM, VIEW, arrowHead, arrowWidth, edgeSegment, labelPoint, weightSign, type Segment } from './diagramGeometry';
import { params, type AnatomyState } from './params';
import { partOfClassName } from './pointing';
import { defaultsOf } from '../shared/params';
import { exercises } from './exercises';

// The default neuron, worked by hand: 0.5·2 − 0.2·3 + 0.4·1 + 0.1 = 1 − 0.6 + 0.4 + 0.1 = 0.9,
// a = 1 / (1 + e^{−0.9}) = 1 / 1.406570 = 0.710950.
const example = { x: [2, 3, 1], w: [0.5, -0.2, 0.4], b: 0.1, act: 'sigmoid' as const, z: 0.9, a: 0.71095 };
const plain = (tex: string) => tex.replace(/\\htmlClass\{[^}]*\}/g, '').replace(/[{}]/g, '');

describe('weightedSumTex(values, highlighted)', () => {
  it('underlines only the highlighted part', () => {
    const tex = weightedSumTex(example, 'p2');
    // p2 appears twice (symbols and numbers), each wrapped once in the highlight class.
    expect(tex.match(/nn-term-hl\}\{\\htmlClass\{nn-term-p2\}/g)).toHaveLength(2);
    expect(tex).not.toMatch(/nn-term-hl\}\{\\htmlClass\{nn-term-p1\}/);
    expect(weightedSumTex(example)).not.toContain('nn-term-hl');
  });
});

describe('activationTex(values)', () => {
  it('writes "≈" for a rounded sigmoid, also where it saturates to 1, and "=" where f(z) is exact', () => {
    expect(plain(activationTex(example))).toContain('\\sigma(0.9) \\approx 0.711');
    const z = 30.1;
    expect(plain(activationTex({ ...example, z, a: 1 / (1 + Math.exp(-z)) }))).toContain('\\sigma(30.1) \\approx 1');
    expect(plain(activationTex({ ...example, act: 'tanh', z: 0, a: 0 }))).toContain('\\tanh(0) = 0');
    expect(plain(activationTex({ ...example, act: 'relu', a: 0.9 }))).toContain('\\operatornameReLU(0.9) = 0.9');
  });
});

describe('partOfClassName(className)', () => {
  it('finds the part class among KaTeX classes', () => {
    expect(partOfClassName('enclosing nn-term-p3')).toBe('p3');
    expect(partOfClassName('enclosing nn-term-pb')).toBe('pb');
    expect(partOfClassName('nn-term-w')).toBeNull();
    expect(partOfClassName('nn-term-pq')).toBeNull();
  });
});

describe('diagram geometry', () => {
  it('arrowWidth grows with |w| and is capped at |w| = 2', () => {
    expect(arrowWidth(0)).toBe(1.5);
    expect(arrowWidth(-1)).toBe(4.5);
    expect(arrowWidth(5)).toBe(7.5);
    expect(arrowWidth(NaN)).toBe(1.5);
  });
  it('weightSign(w)', () => {
    expect(weightSign(0.3)).toBe('positive');
    expect(weightSign(-0.2)).toBe('negative');
    expect(weightSign(0)).toBe('zero');
  });
  it('edgeSegment stops at both circles (3-4-5 triangle)', () => {
    // Centres (0,0) and (30,40) are 50 apart; radii 5 and 10 leave 35 of length.
    const s = edgeSegment(0, 0, 5, 30, 40, 10);
    expect(s.x1).toBeCloseTo(3);
    expect(s.y1).toBeCloseTo(4);
    expect(s.x2).toBeCloseTo(24);
    expect(s.y2).toBeCloseTo(32);
  });
  it('each weight label clears its arrow across its width, on the fan\'s outer side, nearest its own arrow', () => {
    const segments = INPUTS.map((p) => edgeSegment(p.cx, p.cy, INPUT_R, SUM.cx, SUM.cy, SUM.r + 2));
    const lineY = (s: Segment, x: number) => s.y1 + ((s.y2 - s.y1) * (x - s.x1)) / (s.x2 - s.x1);
    // The thickest arrow (|w| = 2) is 7.5 wide: 3.75 of it beside the line's centre, and a margin of 4.
    const clear = 3.75 + 4;
    segments.forEach((s, i) => {
      const at = labelPoint(s);
      const span = [at.x - LABEL_HALF_WIDTH, at.x, at.x + LABEL_HALF_WIDTH];
      if (i < 2) for (const x of span) expect(lineY(s, x) - at.y).toBeGreaterThanOrEqual(clear); // w1 falls, w2 is level: above
      else for (const x of span) expect(at.y - LABEL_HEIGHT - lineY(s, x)).toBeGreaterThanOrEqual(clear); // w3 rises: below
      // Read as its own arrow's: the label's middle is nearer its line than any other arrow's.
      const middle = at.y - LABEL_HEIGHT / 2;
      const own = Math.abs(middle - lineY(s, at.x));
      segments.forEach((other, j) => { if (j !== i) expect(Math.abs(middle - lineY(other, at.x))).toBeGreaterThan(own); });
      // …and inside the drawing.
      expect(at.y - LABEL_HEIGHT).toBeGreaterThan(0);
      expect(at.y).toBeLessThan(VIEW.height);
    });
  });
  it('arrowHead points at the end of a horizontal segment', () => {
    expect(arrowHead({ x1: 0, y1: 0, x2: 10, y2: 0 }, 4)).toBe('10,0 6,2.2 6,-2.2');
  });
});

describe('anatomyCode(values)', () => {
  it('writes whole numbers as floats, so PyTorch builds the float tensors nn.Linear takes', () => {
    const code = anatomyCode(example);
    expect(code.numpy).toContain('x = np.array([2.0, 3.0, 1.0])');
    expect(code.pytorch).toContain('x = torch.tensor([2.0, 3.0, 1.0], dtype=torch.float32)');
    expect(code.pytorch).toContain('neuron.weight[:] = torch.tensor([[0.5, -0.2, 0.4]], dtype=torch.float32)');
    expect(anatomyCode({ ...example, act: 'relu' }).numpy).toContain('np.maximum(0, z)');
  });
});

describe('exercises', () => {
  const base: AnatomyState = defaultsOf(params);
  const byId = Object.fromEntries(exercises.map((e) => [e.id, e]));
  it('the ReLU exercise is solved by b = −0.8 and not by b = −0.7 or by changing a weight', () => {
    const check = byId['anatomy-relu-silent'].check;
    expect(check({ ...base })).toBe(false);
    expect(check({ ...base, act: 'relu', b: -0.7 })).toBe(false);
    expect(check({ ...base, act: 'relu', b: -0.8 })).toBe(true);
    expect(check({ ...base, act: 'relu', b: -2 })).toBe(true);
    expect(check({ ...base, act: 'relu', w1: -1 })).toBe(false);
  });
  it('the teaser exercise needs a > 0.9 (z > 2.197) with sigmoid', () => {
    const check = byId['teaser-fire-strongly'].check;
    expect(check({ ...base })).toBe(false);
    expect(check({ ...base, w1: 1, b: 0.5 })).toBe(true); // z = 2.3, σ ≈ 0.909
    expect(check({ ...base, w1: 1, b: 0.2 })).toBe(false); // z = 2.0, σ ≈ 0.881
    expect(check({ ...base, act: 'relu', w1: 2 })).toBe(false);
  });
});
