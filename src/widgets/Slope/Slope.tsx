import { useMemo } from 'react';
import { Slider } from '../../components/Slider';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { LiveMath } from '../../components/LiveMath';
import { formatNumber } from '../../components/format';
import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { Marker } from '../../components/plot/Marker';
import { Points } from '../../components/plot/Points';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { slopeSchema } from './slopeState';
import { LogSlider } from '../../components/LogSlider';
import { exactTex, finiteDifferenceTex } from './slopeTex';
import { slopeCode } from './slopeCode';
import { centralDifference, lineThrough, sampleCurve, slopeDomains, slopeFunctions } from './slopeMath';

const fnOptions = [
  { value: 'loss', label: 'loss L(w1)' },
  { value: 'cubic', label: 'curve w³/3 − w' },
] as const;

const LO = -3;
const HI = 3;
const showH = (h: number) => formatNumber(h, 4);

/** Chapter 10: the derivative as the tangent's slope, and the finite difference approaching it. */
export default function Slope({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, slopeSchema);
  const fun = slopeFunctions[s.fn];
  const curve = useMemo(() => sampleCurve(slopeFunctions[s.fn].f, LO, HI), [s.fn]);
  const fw = fun.f(s.w);
  const fPlus = fun.f(s.w + s.h);
  const fMinus = fun.f(s.w - s.h);
  const fd = centralDifference(fun.f, s.w, s.h);
  const exact = fun.df(s.w);
  const diff = fd - exact;
  const tangent = lineThrough(s.w, fw, exact, LO, HI);
  const secant = lineThrough(s.w - s.h, fMinus, fd, LO, HI);
  const F = s.fn === 'loss' ? 'L' : 'f';
  const f4 = (x: number) => formatNumber(x, 4);
  const description =
    `The curve ${s.fn === 'loss' ? 'L(w1), the neuron’s squared error with target 1,' : 'f(w) = w³/3 − w'} for w from −3 to 3. ` +
    `Solid line: the tangent at w = ${f4(s.w)} with slope ${f4(exact)}. Dashed line: the secant through w − h and w + h ` +
    `(h = ${showH(s.h)}) with slope ${f4(fd)}; they differ by ${f4(diff)}.`;

  return (
    <WidgetFrame
      id={id}
      caption="Slope"
      description="The derivative is the slope of the tangent; shrink h and the secant's slope approaches it."
      schema={slopeSchema}
      state={s}
      onReset={reset}
      code={slopeCode(s, fd, exact)}
      announce={`finite difference ${f4(fd)}, exact ${f4(exact)}, difference ${f4(diff)}`}
      equation={
        <div className="nn-learn-equation">
          <LiveMath display tex={finiteDifferenceTex({ fn: s.fn, w: s.w, h: s.h, fPlus, fMinus, fd, exact })} />
          <LiveMath display tex={exactTex({ fn: s.fn, w: s.w, h: s.h, fPlus, fMinus, fd, exact })} />
          <Readout
            items={[
              { label: `${F}(w)`, value: f4(fw) },
              { label: 'finite difference', value: f4(fd) },
              { label: 'exact derivative', value: f4(exact) },
              { label: 'difference', value: f4(diff) },
            ]}
          />
        </div>
      }
      controls={
        <div className="nn-controls-grid">
          <Slider label="w (point)" value={s.w} min={LO} max={HI} step={0.01} color="var(--c-w)" onChange={(w) => set({ w })} />
          <LogSlider label="h (step size, log scale)" symbol="h" value={s.h} min={1e-4} max={1} exponentStep={0.1} onChange={(h) => set({ h })} />
          <ChoiceGroup legend="Function" options={fnOptions} value={s.fn} onChange={(fn) => set({ fn })} />
        </div>
      }
    >
      <Plot x={{ domain: [LO, HI] }} y={{ domain: slopeDomains[s.fn] }} height={260} title={`Tangent and secant of ${F} at w = ${f4(s.w)}`} description={description}>
        <AxisBottom label={s.fn === 'loss' ? 'w = w1' : 'w'} />
        <AxisLeft label={F} />
        <LinePath xs={curve.xs} ys={curve.ys} color="var(--series-1)" strokeWidth={2.5} />
        <LinePath xs={secant.xs} ys={secant.ys} color="var(--series-4)" dashed />
        <LinePath xs={tangent.xs} ys={tangent.ys} color="var(--series-2)" />
        <Points xs={[s.w - s.h, s.w + s.h]} ys={[fMinus, fPlus]} color="var(--series-4)" r={4} />
        <Marker x={s.w} y={fw} color="var(--c-w)" label={`w = ${f4(s.w)}`} />
      </Plot>
      <p className="nn-learn-note">
        Solid red: the tangent (exact slope). Dashed: the secant through w − h and w + h.
      </p>
    </WidgetFrame>
  );
}
