import { ChoiceGroup } from '../../components/ChoiceGroup';
import { LiveMath } from '../../components/LiveMath';
import { Slider } from '../../components/Slider';
import { formatNumber } from '../../components/format';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import type { WidgetProps } from '../registry';
import { videoSchema } from './videoState';
import { byteSize, tensorSize } from './videoMath';
import { videoTex } from './videoTex';
import { videoCode } from './videoCode';
import './video.css';

const channelOptions = [
  { value: '1', label: '1 (grayscale)' },
  { value: '3', label: '3 (RGB)' },
] as const;
const grouped = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—');
const int = (n: number) => formatNumber(n, 0);

/** Chapter 2: a video is a 4-D tensor; how many numbers is it? */
export default function VideoAsTensor({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, videoSchema);
  const c = Number(s.channels);
  const total = tensorSize(s.frames, s.height, s.width, c);
  const shape = `${s.frames} × ${s.height} × ${s.width} × ${c}`;
  const seconds = s.frames / 30;

  // Stacked frames: at most 8 drawn, each a rectangle with the frame's aspect ratio.
  const shown = Math.min(8, s.frames);
  const aspect = s.width / s.height;
  // Extreme shapes (1 × 1080) still get a drawable frame: at least 12 px each way.
  const fw = Math.max(12, aspect >= 1 ? 120 : 120 * aspect);
  const fh = Math.max(12, aspect >= 1 ? 120 / aspect : 120);
  const fill = c === 3 ? ['#e0584f', '#4caf6a', '#4f7fe0'] : ['#9a9a9a'];
  const frames = [];
  for (let k = shown - 1; k >= 0; k--) {
    const x = 20 + k * 14;
    const y = 30 + (shown - 1 - k) * 10 + (120 - fh) / 2;
    frames.push(
      <g key={k}>
        <rect x={x} y={y} width={fw} height={fh} rx={3} fill="var(--bg-raised)" stroke="var(--text, currentColor)" strokeWidth={1.2} />
        {fill.map((f, j) => (
          <rect key={j} x={x + 4 + (j * (fw - 8)) / fill.length} y={y + 4} width={(fw - 8) / fill.length} height={Math.max(1, fh - 8)} fill={f} opacity={0.35} />
        ))}
      </g>,
    );
  }

  return (
    <WidgetFrame
      id={id}
      caption="Video as a tensor"
      description="A clip is a stack of frames, each frame an image: four sizes multiply into one count."
      schema={videoSchema}
      state={s}
      onReset={reset}
      code={videoCode(s.frames, s.height, s.width, c, total)}
      announce={`A ${shape} tensor holds ${grouped(total)} numbers.`}
      equation={
        <div className="nn-video-equation">
          <LiveMath display tex={videoTex(s.frames, s.height, s.width, c, total)} />
          <Readout
            items={[
              { label: 'shape', value: shape },
              { label: 'numbers', value: grouped(total), color: 'var(--c-z)' },
              { label: 'per frame', value: grouped(s.height * s.width * c) },
              { label: 'float32 size', value: byteSize(total * 4) },
            ]}
          />
          <p className="nn-video-note">At 30 frames per second, {int(s.frames)} frames last {formatNumber(seconds, 2)} s.</p>
        </div>
      }
      controls={
        <>
          <Slider label="F (frames)" value={s.frames} min={1} max={600} step={1} color="var(--c-x)" onChange={(frames) => set({ frames })} />
          <Slider label="H (height, pixels)" value={s.height} min={1} max={1080} step={1} color="var(--c-w)" onChange={(height) => set({ height })} />
          <Slider label="W (width, pixels)" value={s.width} min={1} max={1920} step={1} color="var(--c-w)" onChange={(width) => set({ width })} />
          <ChoiceGroup legend="C (channels)" options={channelOptions} value={s.channels} onChange={(channels) => set({ channels })} />
        </>
      }
    >
      <svg
        className="nn-video-stack"
        viewBox="0 0 280 250"
        role="img"
        aria-label={`Stacked frames: ${int(s.frames)} frames of ${s.height} × ${s.width} pixels with ${c} channel${c === 1 ? '' : 's'}; ${grouped(total)} numbers in all.`}
      >
        {frames}
        <text x={20} y={20} className="nn-video-label">{`${int(s.frames)} frame${s.frames === 1 ? '' : 's'}${s.frames > shown ? ` (${shown} drawn)` : ''}`}</text>
        <text x={20} y={240} className="nn-video-label">{`each ${s.height} × ${s.width} × ${c}`}</text>
      </svg>
    </WidgetFrame>
  );
}
