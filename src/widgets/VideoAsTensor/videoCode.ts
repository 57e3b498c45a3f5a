import type { CodeSnippets } from '../shared/CodePanel';

export function videoCode(f: number, h: number, w: number, c: number, total: number): CodeSnippets {
  const count = `# ${total.toLocaleString('en-US')} numbers`;
  return {
    numpy: ['import numpy as np', '', `video = np.zeros((${f}, ${h}, ${w}, ${c}), dtype=np.float32)  # F × H × W × C`, `print(video.size)  ${count}`].join('\n'),
    pytorch: [
      'import torch',
      '',
      `video = torch.zeros(${f}, ${h}, ${w}, ${c})  # F × H × W × C`,
      `print(video.numel())  ${count}`,
      'clip = video.permute(3, 0, 1, 2)  # C × F × H × W, the order 3-D conv layers expect',
    ].join('\n'),
  };
}
