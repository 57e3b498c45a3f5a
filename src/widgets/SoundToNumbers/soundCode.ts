import type { CodeSnippets } from '../shared/CodePanel';
import { pyFloat, pyInt } from '../shared/python';
import type { SoundState } from './params';

/** The tone sampled as the figure samples it; prints the count and the first samples it shows. */
export function soundCode({ freq, rate, duration }: SoundState): CodeSnippets {
  const setup = `f, r, T = ${pyInt(freq)}, ${pyInt(rate)}, ${pyFloat(duration)}  # Hz, samples per second, seconds`;
  const count = 'N = int(r * T)  # whole samples only: ⌊r × T⌋';
  return {
    numpy: [
      'import numpy as np',
      '',
      setup,
      count,
      'k = np.arange(N)',
      'x = np.sin(2 * np.pi * f * k / r)',
      'print("N =", N)',
      'print("x[:8] =", np.round(x[:8], 3))',
      '# real audio: r = 44100, read with e.g. soundfile.read("clip.wav")',
    ].join('\n'),
    pytorch: [
      'import torch',
      '',
      setup,
      count,
      'k = torch.arange(N)',
      'x = torch.sin(2 * torch.pi * f * k / r)',
      'print("N =", N)',
      'print("x[:8] =", torch.round(x[:8], decimals=3))',
      '# real audio: torchaudio.load("clip.wav"); torchaudio.transforms.MelSpectrogram()(x)',
    ].join('\n'),
  };
}
