import type { CodeSnippets } from '../shared/CodePanel';
import { pyInt } from '../shared/python';
import type { Normalisation } from './params';
import { SIZE } from './pixelsMath';

const normalised: Record<Normalisation, string> = {
  raw: 'img * 1.0  # raw 0–255',
  unit: 'img / 255.0  # 0–1',
  signed: 'img / 127.5 - 1.0  # −1…1',
};

/** The drawing as rows of characters, a picture of itself: . = 0, + = 128, # = 255. */
function drawingRows(pixels: Uint8Array): string {
  const rows: string[] = [];
  for (let r = 0; r < SIZE; r++) {
    rows.push(Array.from(pixels.subarray(r * SIZE, (r + 1) * SIZE), (v) => (v >= 255 ? '#' : v >= 128 ? '+' : '.')).join(''));
  }
  return rows.join('\n');
}

/**
 * The reader's drawing as code, normalised, flattened and kept as a tensor; prints what the
 * figure's readouts show. NumPy computes in float64 (a model would take x.astype(np.float32)).
 */
export function pixelsCode(pixels: Uint8Array, norm: Normalisation, row: number, col: number): CodeSnippets {
  const rows = '[[levels[c] for c in row] for row in drawing.split()]';
  const at = `${pyInt(row)}, ${pyInt(col)}`;
  /** The drawing, read into `img` and normalised into `x`, then what each library does with it. */
  const snippet = (library: string, img: string, rest: string[]) =>
    [
      `import ${library}`,
      '',
      '# Your drawing, row by row: . = 0 (black), + = 128, # = 255 (white)',
      `drawing = """\n${drawingRows(pixels)}\n"""`,
      'levels = {".": 0, "+": 128, "#": 255}',
      `img = ${img}`,
      `x = ${normalised[norm]}`,
      ...rest,
    ].join('\n');
  return {
    numpy: snippet('numpy as np', `np.array(${rows}, dtype=np.uint8)`, [
      'flat = x.reshape(784)  # a vector of 784 numbers',
      'tensor = x.reshape(28, 28, 1)  # H × W × C',
      `print("pixel =", x[${at}])`,
      'print("non-zero =", np.count_nonzero(img))',
      'print("min =", x.min())',
      'print("max =", x.max())',
      'print("mean =", x.mean())',
      'print("vector length =", flat.size)',
      'print("tensor shape =", tensor.shape)',
    ]),
    pytorch: snippet('torch', `torch.tensor(${rows}, dtype=torch.float32)`, [
      'flat = x.flatten()  # shape (784,)',
      'tensor = x.unsqueeze(-1)  # shape (28, 28, 1); PyTorch layers expect (1, 28, 28)',
      `print("pixel =", x[${at}].item())`,
      'print("mean =", x.mean().item())',
    ]),
  };
}
