import { useId, useMemo, type KeyboardEvent } from 'react';
import { formatNumber } from '../../components/format';
import { DragHandle } from '../../components/DragHandle';
import { rangeOf } from '../shared/params';
import { divergingColor, sequentialColor } from '../../components/plot/colorRamps';
import { activationLabel } from '../shared/activationNames';
import { layoutNodes, nodeName, type FeedValues } from './feedMath';
import { params, type FeedState } from './params';
import type { NodeRef } from './selection';

const W = 480;
const H = 250;
const PAD = 34;
const R = 19;

export interface DiagramProps {
  v: FeedState & FeedValues;
  selected: NodeRef;
  onSelect: (l: number, j: number) => void;
  /** Sets an input (x1, x2), pulled up or down on its node. */
  onInput: (name: 'x1' | 'x2', value: number) => void;
}

/** Pulling an input node over this many viewBox units (most of the drawing's height) spans its range. */
const TRAVEL = 200;

const px = (x: number) => Math.round(x * 100) / 100;

/**
 * Nodes and edges: edge colour = sign of the weight in the essay's weight colours (positive solid,
 * negative dashed, as in the one-neuron diagram), width = |w|;
 * node fill = its value on a diverging ramp, the number on the node. Every node is a button
 * (Tab, Enter, mouse, touch) that shows its own equation; an input node is also pulled up or
 * down (or arrow keys) to change its input.
 */
export function NetworkDiagram({ v, selected, onSelect, onInput }: DiagramProps) {
  const descId = useId();
  const last = v.sizes.length - 1;
  let colorRange = 1;
  if (v.act === 'relu') for (let l = 1; l <= last; l++) for (const a of v.as[l]) colorRange = Math.max(colorRange, Math.abs(a));
  // sigmoid outputs lie in (0, 1): a sequential ramp; tanh and ReLU have a sign or a scale: diverging.
  const nodeColor = useMemo(() => (v.act === 'sigmoid' ? sequentialColor([0, 1]) : divergingColor(colorRange)), [v.act, colorRange]);
  const title = `Network ${v.sizes.join('-')} with ${activationLabel[v.act]} neurons`;
  const f = (x: number) => formatNumber(x);
  const description =
    `Inputs x = (${f(v.x1)}, ${f(v.x2)}). ` +
    v.as.slice(1).map((a, i) => `${i + 1 === last ? 'Output' : `Layer ${i + 1}`}: a = (${Array.from(a, (x) => formatNumber(x, 2)).join(', ')})`).join('. ') +
    `. Lines are weights: red solid positive, blue dashed negative, thicker for larger size. Node colour is the value (${v.act === 'sigmoid' ? 'white 0 to blue 1' : 'blue negative, white 0, red positive'}).`;
  const nodes = layoutNodes(v.sizes, W, H, PAD);
  const at = (l: number, j: number) => nodes.find((n) => n.l === l && n.j === j)!;
  const edges = [];
  for (let l = 1; l < v.sizes.length; l++) {
    const M = v.weights[l - 1];
    for (let j = 0; j < M.rows; j++) {
      for (let k = 0; k < M.cols; k++) {
        const w = M.data[j * M.cols + k];
        const from = at(l - 1, k);
        const to = at(l, j);
        const into = selected.l === l && selected.j === j;
        edges.push(
          <line
            key={`${l}-${j}-${k}`}
            x1={px(from.cx)} y1={px(from.cy)} x2={px(to.cx)} y2={px(to.cy)}
            className="nn-ff-edge"
            style={{
              stroke: w >= 0 ? 'var(--c-w-pos)' : 'var(--c-w-neg)',
              strokeDasharray: w >= 0 ? undefined : '6 3',
              strokeWidth: px(0.75 + (4 * Math.abs(w)) / (v.maxAbsWeight || 1)),
              opacity: into ? 1 : 0.55,
            }}
          />,
        );
      }
    }
  }
  return (
    <div className="nn-ff-diagram">
      <p className="nn-ff-title">{title}</p>
      <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-label={title} aria-describedby={descId}>
        <desc id={descId}>{description}</desc>
        <g aria-hidden="true">{edges}</g>
        {nodes.map(({ l, j, cx, cy }) => {
          const value = v.as[l][j];
          const text = formatNumber(value, 2);
          const isInput = l === 0;
          const [r, g, b] = nodeColor(value);
          const fill = isInput ? 'var(--bg)' : `rgb(${r}, ${g}, ${b})`;
          // An input node is filled with the page's background: its number takes the page's text
          // colour (dark ink there vanished in the dark theme); a neuron's takes the ink its fill needs.
          const light = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 > 0.55;
          const ink = isInput ? 'var(--fg)' : light ? '#1c1c1e' : '#ffffff';
          const isSelected = selected.l === l && selected.j === j;
          const onKeyDown = (e: KeyboardEvent) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              onSelect(l, j);
            }
          };
          const picture = (
            <>
              <circle
                cx={px(cx)} cy={px(cy)} r={R}
                style={{ fill, stroke: isInput ? 'var(--c-x)' : 'var(--c-a)', strokeWidth: isSelected ? 3.5 : 1.25 }}
              />
              <text x={px(cx)} y={px(cy + 4)} textAnchor="middle" className="nn-ff-value" style={{ fill: ink }}>
                {text}
              </text>
            </>
          );
          if (isInput && (j === 0 || j === 1)) {
            // An input node: pulled up or down (or arrow keys) to change its input; focus or a click selects it.
            const name = j === 0 ? 'x1' : 'x2';
            const select = () => onSelect(l, j);
            return (
              <DragHandle
                key={`${l}-${j}`} {...rangeOf(params[name])} value={v[name]} travel={TRAVEL}
                onChange={(next) => onInput(name, next)} label={`Drag handle: input ${j + 1}`} valueText={`${name} = ${formatNumber(v[name])}`}
                onFocus={select} onClick={select} onMouseEnter={select} className="nn-ff-node"
              >
                {picture}
              </DragHandle>
            );
          }
          return (
            <g
              key={`${l}-${j}`}
              role="button"
              tabIndex={0}
              aria-label={nodeName(v.sizes, l, j, text)}
              aria-pressed={isSelected}
              className={`nn-ff-node${isSelected ? ' nn-ff-node--selected' : ''}`}
              onFocus={() => onSelect(l, j)}
              onMouseEnter={() => onSelect(l, j)}
              onClick={() => onSelect(l, j)}
              onKeyDown={onKeyDown}
            >
              {picture}
            </g>
          );
        })}
        {v.sizes.map((_, l) => {
          const top = at(l, 0);
          const label = l === 0 ? 'input x' : l === v.sizes.length - 1 ? 'output' : `layer ${l}`;
          return (
            <text key={`lab-${l}`} x={px(top.cx)} y={H - 4} textAnchor="middle" className="nn-ff-layer" aria-hidden="true">
              {label}
            </text>
          );
        })}
      </svg>
    </div>
  );
}
