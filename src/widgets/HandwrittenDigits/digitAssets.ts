/**
 * The figure's two files, built by scripts/digits.mjs into digits/ beside index.html: the digits
 * (8,000 training, 2,000 test) and the shipped network. Fetched once, on the figure's first
 * mount (so only when the reader nears the chapter), relative to the page so any sub-path works.
 */
import { createMlp, type Mlp } from '../../core';
import { decodeDigits, decodeNetwork, type DigitData } from '../../core/digitData';

export const DIGITS_FILE = 'digits/mnist-digits.bin';
export const NETWORK_FILE = 'digits/mnist-network.bin';

export interface DigitAssets {
  data: DigitData;
  /** The raw data file, for the reader's download and the worker (a copy is transferred). */
  dataBytes: ArrayBuffer;
  network: Mlp;
  networkBytes: ArrayBuffer;
}

/** A network in the core's form from a weights file (784-H-10, ReLU, softmax output). */
export function networkFromFile(bytes: ArrayBuffer): Mlp {
  const { sizes, weights, biases } = decodeNetwork(bytes);
  const mlp = createMlp({ sizes, activation: 'relu', init: 'he', seed: 0, loss: 'softmax-ce' });
  weights.forEach((w, l) => mlp.weights[l].data.set(w));
  biases.forEach((b, l) => mlp.biases[l].set(b));
  return mlp;
}

async function fetchBytes(file: string, base: string): Promise<ArrayBuffer> {
  const response = await fetch(new URL(file, base));
  if (!response.ok) throw new Error(`${file} could not be loaded (HTTP ${response.status})`);
  return response.arrayBuffer();
}

let pending: Promise<DigitAssets> | null = null;

/** Loads both files once per page; a failure is forgotten so a later call tries again. */
export function loadDigitAssets(base = document.baseURI): Promise<DigitAssets> {
  pending ??= Promise.all([fetchBytes(DIGITS_FILE, base), fetchBytes(NETWORK_FILE, base)])
    .then(([dataBytes, networkBytes]) => ({ data: decodeDigits(dataBytes), dataBytes, network: networkFromFile(networkBytes), networkBytes }))
    .catch((e: unknown) => {
      pending = null;
      throw e;
    });
  return pending;
}
