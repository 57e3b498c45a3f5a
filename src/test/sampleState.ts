import { createRng } from '../core';
import { stepOf, type Schema, type StateOf } from '../widgets/shared/params';

/** A uniform random value on a parameter's grid (log scales: uniform in the exponent). */
export function sampleState<S extends Schema>(schema: S, random: () => number): StateOf<S> {
  const out: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(schema)) {
    if (p.kind === 'choice') out[key] = p.options[Math.floor(random() * p.options.length)];
    else if (p.kind === 'bool') out[key] = random() < 0.5;
    else if (p.kind === 'text') out[key] = p.default;
    else if (p.scale === 'log2' || p.scale === 'log10') {
      const v = Math.exp(Math.log(p.min) + random() * (Math.log(p.max) - Math.log(p.min)));
      out[key] = p.kind === 'int' ? Math.round(v) : Number(v.toPrecision(3));
    } else {
      const step = stepOf(p);
      const k = Math.floor(random() * (Math.floor((p.max - p.min) / step + 1e-9) + 1));
      out[key] = Number((p.min + k * step).toFixed(10));
    }
  }
  return out as StateOf<S>;
}

/** A reproducible stream of uniforms in [0, 1). */
export function seededRandom(seed: number): () => number {
  const rng = createRng(seed);
  return () => rng.uniform();
}
