import type { CodeSnippets } from '../shared/CodePanel';
import { pyInt } from '../shared/python';
import { DIGITS_FILE, NETWORK_FILE } from './digitAssets';

export interface DigitsCodeValues {
  /** The 784 preprocessed inputs as grey levels 0–255. */
  grey: Uint8Array;
  y: number;
  source: 'shipped' | 'trained';
}

const base = (path: string) => path.split('/').pop()!;

/** The 784 grey levels as 28 lines of hexadecimal byte pairs, a picture of the input. */
function hexRows(grey: Uint8Array): string {
  const rows: string[] = [];
  for (let r = 0; r < 28; r++) rows.push(Array.from(grey.subarray(r * 28, (r + 1) * 28), (v) => v.toString(16).padStart(2, '0')).join(''));
  return rows.join('\n');
}

/**
 * The figure's input and network as code. The input is written in (the preprocessed drawing); the
 * network and the digits are the figure's two files, read where they have been downloaded
 * (beside the script), exactly as the figure reads them: float32 weights, grey levels / 255.
 */
export function digitsCode(v: DigitsCodeValues): CodeSnippets {
  const digits = base(DIGITS_FILE), weights = base(NETWORK_FILE);
  const which = v.source === 'trained' ? 'the network you trained ("Download the weights")' : 'the shipped network';
  const head = (library: string) => [
    `import os`,
    `import ${library}`,
    '',
    '# The 784 inputs of your drawing after preprocessing, grey levels 0-255 in hex, row by row',
    `grey = """\n${hexRows(v.grey)}\n"""`,
  ];
  const numpy = [
    ...head('numpy as np'),
    'x = np.frombuffer(bytes.fromhex(grey.replace("\\n", "")), dtype=np.uint8) / 255.0',
    'print("inputs with ink =", np.count_nonzero(x))',
    'print("x sum =", round(x.sum(), 3))',
    '',
    `# With the figure's files beside this script: ${weights} (${which}) and ${digits}`,
    `def load_network(path):`,
    `    head = np.fromfile(path, dtype="<u4", count=2)`,
    `    sizes = np.fromfile(path, dtype="<u4", count=2 + head[1])[2:]`,
    `    flat = np.fromfile(path, dtype="<f4", offset=4 * (2 + len(sizes))).astype(np.float64)`,
    `    layers, o = [], 0`,
    `    for n_in, n_out in zip(sizes[:-1], sizes[1:]):`,
    `        W = flat[o:o + n_out * n_in].reshape(n_out, n_in); o += n_out * n_in`,
    `        b = flat[o:o + n_out]; o += n_out`,
    `        layers.append((W, b))`,
    `    return layers`,
    '',
    `def logits(layers, X):  # X: one input per row`,
    `    a = X`,
    `    for l, (W, b) in enumerate(layers):`,
    `        z = a @ W.T + b`,
    `        a = np.maximum(z, 0) if l < len(layers) - 1 else z`,
    `    return z`,
    '',
    `if os.path.exists("${weights}") and os.path.exists("${digits}"):`,
    `    layers = load_network("${weights}")`,
    `    z = logits(layers, x[None, :])[0]`,
    `    p = np.exp(z - z.max()); p /= p.sum()  # softmax`,
    `    print("p =", np.round(p, 3))`,
    `    print("prediction =", p.argmax())`,
    `    print("loss =", round(-np.log(p[${pyInt(v.y)}]), 3))  # cross-entropy for y = ${pyInt(v.y)}`,
    `    # The digits file: 16-byte header (magic, n_train, n_test, 28), the labels, then the pixels`,
    `    n_train, n_test = np.fromfile("${digits}", dtype="<u4", count=3)[1:]`,
    `    n = n_train + n_test`,
    `    labels = np.fromfile("${digits}", dtype=np.uint8, offset=16, count=n)`,
    `    pixels = np.fromfile("${digits}", dtype=np.uint8, offset=16 + n).reshape(n, 784)`,
    `    test = pixels[n_train:] / 255.0`,
    `    predicted = logits(layers, test).argmax(axis=1)`,
    `    print("test accuracy =", (predicted == labels[n_train:]).mean())`,
  ].join('\n');
  const pytorch = [
    ...head('torch'),
    'x = torch.frombuffer(bytearray.fromhex(grey.replace("\\n", "")), dtype=torch.uint8).float() / 255.0',
    'print("inputs with ink =", int((x > 0).sum()))',
    '',
    `# The same network as nn.Sequential, float32, from ${weights} beside this script`,
    `if os.path.exists("${weights}") and os.path.exists("${digits}"):`,
    `    raw = open("${weights}", "rb").read()`,
    `    count = int.from_bytes(raw[4:8], "little")`,
    `    sizes = [int.from_bytes(raw[8 + 4 * i:12 + 4 * i], "little") for i in range(count)]`,
    `    flat = torch.frombuffer(bytearray(raw[8 + 4 * count:]), dtype=torch.float32)`,
    `    parts, o = [], 0`,
    `    for l, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:])):`,
    `        layer = torch.nn.Linear(n_in, n_out)`,
    `        with torch.no_grad():`,
    `            layer.weight.copy_(flat[o:o + n_out * n_in].view(n_out, n_in)); o += n_out * n_in`,
    `            layer.bias.copy_(flat[o:o + n_out]); o += n_out`,
    `        parts += [layer, torch.nn.ReLU()] if l < count - 2 else [layer]`,
    `    net = torch.nn.Sequential(*parts)`,
    `    with torch.no_grad():`,
    `        p = torch.softmax(net(x[None, :]), dim=1)[0]`,
    `        print("prediction =", int(p.argmax()))`,
    `        loss = torch.nn.functional.cross_entropy(net(x[None, :]), torch.full((1,), ${pyInt(v.y)}))`,
    `        print("loss =", round(loss.item(), 3))`,
    `        raw = open("${digits}", "rb").read()`,
    `        n_train, n_test = (int.from_bytes(raw[4 * i:4 * i + 4], "little") for i in (1, 2))`,
    `        n = n_train + n_test`,
    `        labels = torch.frombuffer(bytearray(raw[16 + n_train:16 + n]), dtype=torch.uint8).long()`,
    `        test = torch.frombuffer(bytearray(raw[16 + n + 784 * n_train:]), dtype=torch.uint8).view(n_test, 784).float() / 255.0`,
    `        print("test accuracy =", (net(test).argmax(dim=1) == labels).float().mean().item())`,
  ].join('\n');
  return { numpy, pytorch };
}
