import type { CodeSnippets } from '../shared/CodePanel';
import { pyInt } from '../shared/python';
import type { VideoState } from './params';

/** Above this many bytes the snippets build a view of one zero instead of allocating the clip. */
const ALLOCATE_UP_TO = 1e9;

/** The clip as a tensor; prints its shape, how many numbers it holds and their float32 bytes. */
export function videoCode(s: VideoState, total: number): CodeSnippets {
  const sizes = `F, H, W, C = ${[s.frames, s.height, s.width, Number(s.channels)].map(pyInt).join(', ')}`;
  const lazy = total * 4 > ALLOCATE_UP_TO;
  const why = `# ${(total * 4 / 1e9).toFixed(1)} GB: one zero seen in this shape, as zeros would allocate all of it`;
  return {
    numpy: [
      'import numpy as np',
      '',
      sizes,
      ...(lazy
        ? [why, 'video = np.broadcast_to(np.float32(0), (F, H, W, C))  # F × H × W × C']
        : ['video = np.zeros((F, H, W, C), dtype=np.float32)  # F × H × W × C']),
      'print("shape =", video.shape)',
      'print("numbers =", video.size)',
      'print("bytes =", video.nbytes)',
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      sizes,
      ...(lazy ? [why, 'video = torch.zeros(()).expand(F, H, W, C)  # F × H × W × C'] : ['video = torch.zeros(F, H, W, C)  # F × H × W × C']),
      'print("shape =", tuple(video.shape))',
      'print("numbers =", video.numel())',
      'print("bytes =", video.numel() * video.element_size())',
      'clip = video.permute(3, 0, 1, 2)  # C × F × H × W, the order 3-D conv layers expect',
    ].join('\n'),
  };
}
