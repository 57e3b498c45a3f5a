import { Plot } from '../../components/plot/Plot';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { LinePath } from '../../components/plot/LinePath';
import { Marker } from '../../components/plot/Marker';
import { Band } from '../../components/plot/Band';
import { RuleX, RuleY } from '../../components/plot/Rules';
import { PlotHandle, snap, stepValue } from '../../components/plot/usePlotDrag';
import { formatNumber } from '../../components/format';
import { activationLabel } from '../shared/activationNames';
import { FLAT_SLOPE, Z_RANGE, params, type CurveName } from './params';
import { COLOR, CURVES, describeFlat } from './curves';
import type { CurveValues } from './explorerTex';

interface PlotsProps {
  z: number;
  on: readonly CurveName[];
  at: Record<CurveName, CurveValues>;
  derivatives: boolean;
  /** Each switched-on curve's value and slope at z, in words. */
  summary: string;
  setZ: (z: number) => void;
}

const Z_STEP = params.z.step ?? 0.01;
const [Z_MIN, Z_MAX] = Z_RANGE;

/** The z marker on the axis: drag it sideways (or use its arrow keys) to move z. */
function ZHandle({ z, setZ }: { z: number; setZ: (z: number) => void }) {
  return (
    <PlotHandle
      x={z}
      y={-1.2}
      label="Drag handle: the marker on the axis"
      value={z}
      min={Z_MIN}
      max={Z_MAX}
      valueText={`z = ${formatNumber(z)}`}
      color="var(--c-z)"
      hint="Drag sideways, or use the arrow keys, to move z (as the z slider does)"
      onDrag={(p) => setZ(snap(p.x, Z_STEP, Z_MIN, Z_MAX))}
      onStep={(dx, dy) => setZ(stepValue(z, dx + dy, Z_STEP, Z_MIN, Z_MAX))}
      onEdge={(edge) => setZ(edge === 'min' ? Z_MIN : Z_MAX)}
    />
  );
}

/** The switched-on curves with their flat stretches shaded, and (when asked) their slopes. */
export function ExplorerPlots({ z, on, at, derivatives, summary, setZ }: PlotsProps) {
  const valueDesc =
    `Activation values for z from −6 to 6. ${summary}. ` +
    `Shaded where a switched-on curve is flat (slope below ${FLAT_SLOPE}): ${on.map(describeFlat).join('; ') || 'none shown'}.`;
  return (
    <>
      <p className="nn-explorer-legend" aria-hidden="true">
        {on.map((n) => (
          <span key={n} style={{ color: COLOR[n] }}>
            <span className="nn-explorer-swatch" style={{ background: COLOR[n] }} /> {activationLabel[n]}
          </span>
        ))}
        {derivatives && on.length ? <span className="nn-explorer-dashed">dashed: slope</span> : null}
      </p>
      <Plot x={{ domain: Z_RANGE }} y={{ domain: [-1.2, 2.5] }} height={240} title="Activation values" description={valueDesc} overlay={<ZHandle z={z} setZ={setZ} />}>
        {on.flatMap((n) => CURVES[n].flat.map(([a, b]) => <Band key={`${n}${a}`} x0={a} x1={b} color={COLOR[n]} opacity={0.08} />))}
        <AxisBottom label="z" />
        <AxisLeft label="f(z)" />
        <RuleX x={z} color="var(--c-z)" label="z" />
        {on.map((n) => <LinePath key={n} xs={CURVES[n].value.zs} ys={CURVES[n].value.ys} color={COLOR[n]} />)}
        {on.map((n) => <Marker key={n} x={z} y={at[n].f} color={COLOR[n]} />)}
      </Plot>
      {derivatives ? (
        <Plot x={{ domain: Z_RANGE }} y={{ domain: [-0.1, 1.1] }} height={200} title="Slopes (derivatives)" description={`Slopes (derivatives) for z from −6 to 6, with a line at ${FLAT_SLOPE}. ${summary}.`}>
          <AxisBottom label="z" />
          <AxisLeft label="f′(z)" />
          <RuleY y={FLAT_SLOPE} label={`slope ${FLAT_SLOPE}`} />
          <RuleX x={z} color="var(--c-z)" />
          {on.map((n) => <LinePath key={n} xs={CURVES[n].slope.zs} ys={CURVES[n].slope.ys} color={COLOR[n]} dashed curve={n === 'relu' ? 'step' : 'linear'} />)}
          {on.map((n) => <Marker key={n} x={z} y={at[n].df} color={COLOR[n]} />)}
        </Plot>
      ) : null}
    </>
  );
}
