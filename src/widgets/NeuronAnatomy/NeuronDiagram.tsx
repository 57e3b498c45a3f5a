import type { Ref } from 'react';
import { formatNumber } from '../../components/format';
import { DragHandle } from '../../components/DragHandle';
import { activationLabel } from '../shared/activationNames';
import { rangeOf } from '../shared/params';
import { params, type AnatomyState } from './params';
import type { AnatomyPart, PointHandlers } from './pointing';
import {
  ACT, BIAS, INPUTS, INPUT_R, OUTPUT, SUM, VIEW, arrowHead, arrowWidth, edgeSegment, labelPoint, weightSign,
} from './diagramGeometry';

interface DiagramProps extends PointHandlers {
  ref?: Ref<SVGSVGElement>;
  x: readonly number[];
  w: readonly number[];
  b: number;
  z: number;
  a: number;
  act: AnatomyState['act'];
  highlighted: AnatomyPart | null;
  title: string;
  description: string;
  /** Sets one of the dragged values (an input, a weight, the bias). */
  onValue: (name: DraggedValue, value: number) => void;
}

type DraggedValue = 'x1' | 'x2' | 'x3' | 'w1' | 'w2' | 'w3' | 'b';

/** Pulling a part over this many viewBox units (most of the drawing's height) spans its whole range. */
const TRAVEL = 200;

const fSymbol = { sigmoid: 'σ', relu: 'ReLU', tanh: 'tanh' } as const;
// The essay's weight colours (tokens.css): positive solid, negative dashed, in every figure.
const signStroke = { positive: 'var(--c-w-pos)', negative: 'var(--c-w-neg)', zero: 'var(--muted)' } as const;
const signDash = { positive: undefined, negative: '7 4', zero: '2 4' } as const;

/**
 * The neuron drawn as a diagram: inputs → weighted arrows → Σ with the bias → f → output.
 * Every part is focusable and named; pointing at one (hover or focus) highlights its term. Inputs,
 * weight arrows and the bias are pulled up or down to change them (with keys, as sliders).
 * Its numbers are rounded as the readouts are (3 decimals), so the two never disagree.
 */
export function NeuronDiagram({ ref, x, w, b, z, a, act, highlighted, onHover, onFocusPart, title, description, onValue }: DiagramProps) {
  const f = (v: number) => formatNumber(v);
  // The output circle holds 5 characters at the value size; "−0.843" or "8.42×10⁻¹⁴" shrink to fit.
  const aText = f(a);
  const aSize = aText.length > 5 ? Math.floor((2 * OUTPUT.r - 6) / (0.6 * aText.length)) : undefined;
  // A part: pointing at it (hover) highlights its term. Parts that hold no dragged value (z, the
  // activation) are focusable pictures themselves; the others hold their drag handles.
  const pointing = (p: AnatomyPart) => ({
    onMouseEnter: () => onHover(p),
    onMouseLeave: () => onHover(null),
    className: `nn-anatomy__part${highlighted === p ? ' nn-anatomy__part--hl' : ''}`,
    'data-part': p,
  });
  const handlers = (p: AnatomyPart) => ({
    ...pointing(p),
    tabIndex: 0,
    role: 'img' as const,
    onFocus: () => onFocusPart(p),
    onBlur: () => onFocusPart(null),
  });
  // A value's part as a handle to pull up or down; focusing or grabbing it points at its part.
  const drag = (name: DraggedValue, value: number, part: AnatomyPart, label: string, valueText: string) => ({
    ...rangeOf(params[name]),
    value,
    travel: TRAVEL,
    onChange: (next: number) => onValue(name, next),
    label: `Drag handle: ${label}`,
    valueText,
    onFocus: () => onFocusPart(part),
    onBlur: () => onFocusPart(null),
  });
  const biasSeg = edgeSegment(BIAS.cx, BIAS.cy, BIAS.r, SUM.cx, SUM.cy, SUM.r);
  const sumToAct = { x1: SUM.cx + SUM.r, y1: SUM.cy, x2: ACT.x, y2: SUM.cy };
  const actToOut = { x1: ACT.x + ACT.width, y1: SUM.cy, x2: OUTPUT.cx - OUTPUT.r, y2: SUM.cy };

  return (
    <svg ref={ref} className="nn-anatomy__svg" viewBox={`0 0 ${VIEW.width} ${VIEW.height}`} role="group" aria-label={title}>
      <title>{title}</title>
      <desc>{description}</desc>
      {INPUTS.map((p, i) => {
        const part = (['p1', 'p2', 'p3'] as const)[i];
        const seg = edgeSegment(p.cx, p.cy, INPUT_R, SUM.cx, SUM.cy, SUM.r + 2);
        const sign = weightSign(w[i]);
        const width = arrowWidth(w[i]);
        const lp = labelPoint(seg);
        return (
          <g key={part} {...pointing(part)}>
            <DragHandle {...drag((['w1', 'w2', 'w3'] as const)[i], w[i], part, `weight ${i + 1}`, `w${i + 1} = ${f(w[i])}, product w${i + 1}·x${i + 1} = ${f(w[i] * x[i])}`)}>
              {/* A thin arrow is hard to catch: a wide invisible stroke takes the press. */}
              <line x1={seg.x1} y1={seg.y1} x2={seg.x2} y2={seg.y2} className="nn-anatomy__hit" />
              <line
                x1={seg.x1} y1={seg.y1} x2={seg.x2} y2={seg.y2}
                className={`nn-anatomy__arrow nn-anatomy__arrow--${sign}`}
                style={{ stroke: signStroke[sign], strokeWidth: width, strokeDasharray: signDash[sign] }}
              />
              <polygon points={arrowHead(seg, 8 + width)} style={{ fill: signStroke[sign] }} />
              <text x={lp.x} y={lp.y} textAnchor="middle" className="nn-anatomy__label nn-anatomy__label--w">
                w{i + 1} = {f(w[i])}
              </text>
            </DragHandle>
            <DragHandle {...drag((['x1', 'x2', 'x3'] as const)[i], x[i], part, `input ${i + 1}`, `x${i + 1} = ${f(x[i])}`)}>
              <circle cx={p.cx} cy={p.cy} r={INPUT_R} className="nn-anatomy__node nn-anatomy__node--x" />
              <text x={p.cx} y={p.cy + 5} textAnchor="middle" className="nn-anatomy__value">{f(x[i])}</text>
              <text x={p.cx - INPUT_R - 6} y={p.cy + 5} textAnchor="end" className="nn-anatomy__label nn-anatomy__label--x">x{i + 1}</text>
            </DragHandle>
          </g>
        );
      })}
      <g {...pointing('pb')}>
        <line x1={biasSeg.x1} y1={biasSeg.y1} x2={biasSeg.x2} y2={biasSeg.y2} className="nn-anatomy__link" />
        <polygon points={arrowHead(biasSeg, 9)} className="nn-anatomy__head" />
        <DragHandle {...drag('b', b, 'pb', 'bias', `b = ${f(b)}`)}>
          <circle cx={BIAS.cx} cy={BIAS.cy} r={BIAS.r} className="nn-anatomy__node nn-anatomy__node--b" />
          <text x={BIAS.cx} y={BIAS.cy + 5} textAnchor="middle" className="nn-anatomy__value">{f(b)}</text>
          <text x={BIAS.cx + BIAS.r + 6} y={BIAS.cy + 5} className="nn-anatomy__label nn-anatomy__label--b">b</text>
        </DragHandle>
      </g>
      <g {...handlers('pz')} aria-label={`weighted sum z = ${f(z)}`}>
        <circle cx={SUM.cx} cy={SUM.cy} r={SUM.r} className="nn-anatomy__node nn-anatomy__node--z" />
        <text x={SUM.cx} y={SUM.cy + 8} textAnchor="middle" className="nn-anatomy__sigma">Σ</text>
        <text x={SUM.cx} y={SUM.cy + SUM.r + 20} textAnchor="middle" className="nn-anatomy__label nn-anatomy__label--z">z = {f(z)}</text>
      </g>
      <g {...handlers('pa')} aria-label={`activation ${activationLabel[act]}, output a = ${f(a)}`}>
        <line {...sumToAct} className="nn-anatomy__link" />
        <polygon points={arrowHead(sumToAct, 9)} className="nn-anatomy__head" />
        <rect x={ACT.x} y={ACT.y} width={ACT.width} height={ACT.height} rx={8} className="nn-anatomy__node nn-anatomy__node--f" />
        <text x={ACT.x + ACT.width / 2} y={SUM.cy + 5} textAnchor="middle" className="nn-anatomy__value">{fSymbol[act]}</text>
        <text x={ACT.x + ACT.width / 2} y={ACT.y - 8} textAnchor="middle" className="nn-anatomy__label">f</text>
        <line {...actToOut} className="nn-anatomy__link" />
        <polygon points={arrowHead(actToOut, 9)} className="nn-anatomy__head" />
        <circle cx={OUTPUT.cx} cy={OUTPUT.cy} r={OUTPUT.r} className="nn-anatomy__node nn-anatomy__node--a" />
        <text x={OUTPUT.cx} y={OUTPUT.cy + 5} textAnchor="middle" className="nn-anatomy__value" style={{ fontSize: aSize }}>
          {aText}
        </text>
        <text x={OUTPUT.cx} y={OUTPUT.cy - OUTPUT.r - 8} textAnchor="middle" className="nn-anatomy__label nn-anatomy__label--a">a</text>
      </g>
    </svg>
  );
}
