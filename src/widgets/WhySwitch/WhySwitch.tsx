import { LiveMath } from '../../components/LiveMath';
import { ScrollBox } from '../../components/ScrollBox';
import { formatNumber } from '../../components/format';
import { defineWidget, type PartProps } from '../shared/defineWidget';
import { activationLabel } from '../shared/activationNames';
import { params } from './params';
import { whySwitchValues } from './whySwitchMath';
import { outputsTex, productNumbersTex, productTex } from './whySwitchTex';
import { whySwitchCode } from './whySwitchCode';
import { SwitchPlot } from './SwitchPlot';

type Part = PartProps<typeof params, ReturnType<typeof whySwitchValues>>;
const vec = (v: ArrayLike<number>) => `(${formatNumber(v[0])}, ${formatNumber(v[1])})`;

function Note({ v }: Part) {
  const layers = `${v.k} linear ${v.k === 1 ? 'layer is' : 'layers are'} one matrix P.`;
  const after = v.bent ? ` With ${activationLabel[v.act]} in between, no single matrix gives ${vec(v.bent)} for every input.` : ' Switch on an activation to break that.';
  return <p className="nn-why-note">The first two always agree: {layers}{after}</p>;
}

/** Chapter 6: stacked linear layers collapse into one matrix; a switch between them lets the map bend. */
export default defineWidget({
  caption: 'Why a switch at all',
  description: 'Stack K linear layers and they still make one matrix; put an activation between them and the map can bend.',
  params,
  derive: whySwitchValues,
  equations: (v) => [productTex(v), outputsTex(v)],
  readouts: (v) => [
    { label: 'stack of layers', value: vec(v.stacked), color: 'var(--c-z)' },
    { label: 'one layer P x', value: vec(v.single), color: 'var(--c-z)' },
    ...(v.bent ? [{ label: `with ${activationLabel[v.act]} between`, value: vec(v.bent), color: 'var(--c-a)' }] : []),
  ],
  code: whySwitchCode,
  announce: (v) => `Stack output ${vec(v.stacked)}, one layer P x ${vec(v.single)}${v.bent ? `, with ${activationLabel[v.act]} ${vec(v.bent)}` : ''}`,
  resample: true,
  Aside: Note,
  View: ({ v }: Part) => (
    <>
      <ScrollBox label="The layers multiplied into P" className="nn-why-product">
        <LiveMath display tex={productNumbersTex(v)} />
      </ScrollBox>
      <SwitchPlot v={v} />
    </>
  ),
});
