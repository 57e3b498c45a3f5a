import { coerce, defaultsOf, encode, type Schema, type StateOf } from './params';

/**
 * Widget state in the address: `?calc.w1=0.7&calc.act=tanh#fig-calc`. The address is untrusted,
 * so only the keys a schema names are looked up, every value goes through `coerce`, and anything
 * broken falls back to the default.
 */
const MAX_SEARCH_LENGTH = 8192;

function paramsOf(search: string): URLSearchParams {
  // A hostile 20 kB address is cut before parsing: no real state needs more than a few hundred bytes.
  return new URLSearchParams(search.length > MAX_SEARCH_LENGTH ? search.slice(0, MAX_SEARCH_LENGTH) : search);
}

export function readState<S extends Schema>(schema: S, id: string, search: string): Partial<StateOf<S>> {
  const params = paramsOf(search);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(schema)) {
    const raw = params.get(`${id}.${key}`);
    if (raw === null) continue;
    const value = coerce(schema[key], raw);
    if (value !== undefined) out[key] = value;
  }
  return out as Partial<StateOf<S>>;
}

export function hasState(id: string, search: string): boolean {
  for (const key of paramsOf(search).keys()) if (key.startsWith(`${id}.`)) return true;
  return false;
}

/** The search string with this widget's keys replaced by the values that differ from the defaults. */
export function writeState<S extends Schema>(schema: S, id: string, state: StateOf<S>, search: string): string {
  const params = paramsOf(search);
  for (const key of [...params.keys()]) if (key.startsWith(`${id}.`)) params.delete(key);
  const defaults = defaultsOf(schema);
  for (const key of Object.keys(schema)) {
    const value = state[key] as number | string | boolean;
    if (value !== defaults[key]) params.set(`${id}.${key}`, encode(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
