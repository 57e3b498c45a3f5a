import { formatNumber } from '../../components/format';
import { defineWidget } from '../shared/defineWidget';
import { params, type VideoState } from './params';
import { byteSize, grouped, tensorSize } from './videoMath';
import { videoTex } from './videoTex';
import { videoCode } from './videoCode';
import { FrameStack } from './FrameStack';
import './video.css';

function derive(s: VideoState) {
  const c = Number(s.channels);
  return { c, total: tensorSize(s.frames, s.height, s.width, c), shape: `${s.frames} × ${s.height} × ${s.width} × ${c}` };
}

/** Chapter 2: a video is a 4-D tensor; how many numbers is it? */
export default defineWidget({
  caption: 'Video as a tensor',
  description: 'A clip is a stack of frames, each frame an image: four sizes multiply into one count.',
  params,
  derive,
  equations: (v) => [videoTex(v, v.total)],
  readouts: (v) => [
    { label: 'shape', value: v.shape },
    { label: 'numbers', value: grouped(v.total), color: 'var(--c-z)' },
    { label: 'per frame', value: grouped(v.height * v.width * v.c) },
    { label: 'float32 size', value: byteSize(v.total * 4) },
  ],
  code: (v) => videoCode(v, v.total),
  announce: (v) => `A ${v.shape} tensor holds ${grouped(v.total)} numbers.`,
  Aside: ({ v }) => (
    <p className="nn-video-note">
      At 30 frames per second, {formatNumber(v.frames, 0)} frames last {v.frames % 3 === 0 ? '' : 'about '}{formatNumber(v.frames / 30, 2)} s.
    </p>
  ),
  View: ({ v }) => <FrameStack frames={v.frames} height={v.height} width={v.width} channels={v.c} total={v.total} />,
});
