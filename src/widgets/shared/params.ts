/**
 * A widget's state schema: each key's kind, bounds and default. The schema is the only way state
 * enters from outside (the address, a pasted link, an exercise), so every value is parsed,
 * bounded and clamped here, and unknown keys are never read.
 */
export interface NumberParam { kind: 'number'; min: number; max: number; default: number }
export interface IntParam { kind: 'int'; min: number; max: number; default: number }
export interface ChoiceParam<T extends string = string> { kind: 'choice'; options: readonly T[]; default: T }
export interface BoolParam { kind: 'bool'; default: boolean }
export type Param = NumberParam | IntParam | ChoiceParam | BoolParam;
export type Schema = Record<string, Param>;

export type ValueOf<P> = P extends ChoiceParam<infer T> ? T : P extends BoolParam ? boolean : number;
export type StateOf<S extends Schema> = { [K in keyof S]: ValueOf<S[K]> };

export const num = (min: number, max: number, value: number): NumberParam => ({ kind: 'number', min, max, default: value });
export const int = (min: number, max: number, value: number): IntParam => ({ kind: 'int', min, max, default: value });
export const choice = <T extends string>(options: readonly T[], value: T): ChoiceParam<T> => ({ kind: 'choice', options, default: value });
export const bool = (value: boolean): BoolParam => ({ kind: 'bool', default: value });

export function defaultsOf<S extends Schema>(schema: S): StateOf<S> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(schema)) out[key] = schema[key].default;
  return out as StateOf<S>;
}

/** A value of any origin made valid for its parameter, or undefined when it cannot be. */
export function coerce(param: Param, raw: unknown): number | string | boolean | undefined {
  switch (param.kind) {
    case 'number':
    case 'int': {
      const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      if (!Number.isFinite(value)) return undefined;
      const clamped = Math.min(param.max, Math.max(param.min, value));
      const rounded = param.kind === 'int' ? Math.round(clamped) : clamped;
      return Object.is(rounded, -0) ? 0 : rounded;
    }
    case 'choice':
      return typeof raw === 'string' && param.options.includes(raw) ? raw : undefined;
    case 'bool':
      if (raw === true || raw === '1' || raw === 'true') return true;
      if (raw === false || raw === '0' || raw === 'false') return false;
      return undefined;
  }
}

/** The shortest text that reads back as the same value (12 significant digits at most). */
export function encode(value: number | string | boolean): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return String(Number(value.toPrecision(12)));
  return value;
}

/** Applies a partial update, keeping only schema keys with valid values. */
export function mergeState<S extends Schema>(schema: S, state: StateOf<S>, patch: Partial<Record<keyof S, unknown>>): StateOf<S> {
  const next: Record<string, unknown> = { ...state };
  let changed = false;
  for (const key of Object.keys(schema)) {
    if (!Object.prototype.hasOwnProperty.call(patch, key)) continue;
    const value = coerce(schema[key], patch[key]);
    if (value !== undefined && value !== next[key]) {
      next[key] = value;
      changed = true;
    }
  }
  return changed ? (next as StateOf<S>) : state;
}
