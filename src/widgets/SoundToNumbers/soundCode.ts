import type { CodeSnippets } from '../shared/CodePanel';

const py = (x: number) => String(Number(x.toPrecision(6)));

export function soundCode(freq: number, rate: number, duration: number, n: number): CodeSnippets {
  return {
    numpy: [
      'import numpy as np',
      '',
      `f, r, T = ${freq}, ${rate}, ${py(duration)}  # Hz, samples per second, seconds`,
      'k = np.arange(int(r * T))',
      `x = np.sin(2 * np.pi * f * k / r)  # ${n} numbers`,
      '# real audio: r = 44100, read with e.g. soundfile.read("clip.wav")',
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      `f, r, T = ${freq}, ${rate}, ${py(duration)}`,
      'k = torch.arange(int(r * T))',
      `x = torch.sin(2 * torch.pi * f * k / r)  # ${n} numbers`,
      '# real audio: torchaudio.load("clip.wav"); torchaudio.transforms.MelSpectrogram()(x)',
    ].join('\n'),
  };
}
