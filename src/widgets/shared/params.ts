import type { TermName } from '../../components/texTerms';

/**
 * A widget's parameters: each key's kind, bounds, default and how a reader meets it (label,
 * step, scale, colour). Written once, read by the controls, the clamping, the address, the
 * numbers in the prose (ReactiveNumber), the exercises and the "In code" builders.
 *
 * The schema is the only way state enters from outside (the address, a pasted link, an
 * exercise), so every value is parsed, bounded and clamped here, and unknown keys are never read.
 */
export interface Presentation {
  /** A CSS colour overriding the term's, e.g. 'var(--accent)'. */
  color?: string;
  /** Visible label holding the plain-text symbol, e.g. "w1 (weight 1)". No label: no control. */
  label?: string;
  /** The colour of its origin: inputs 'x', weights 'w', bias 'b', z, a, target 'y'. */
  term?: TermName;
}
export interface NumberPresentation extends Presentation {
  /** Grid step of a linear control (default 0.01; 1 for int). */
  step?: number;
  /** 'log2': doublings 1, 2, 4 … (ints); 'log10': powers of ten, moved in `step` of the exponent. */
  scale?: 'linear' | 'log2' | 'log10';
  /** Text of the value (default formatNumber). */
  format?: (value: number) => string;
}
export interface ChoicePresentation<T extends string> extends Presentation {
  /** What the reader reads for each option (default: the option itself). */
  labels?: Readonly<Record<T, string>>;
}

export interface NumberParam extends NumberPresentation { kind: 'number'; min: number; max: number; default: number }
export interface IntParam extends NumberPresentation { kind: 'int'; min: number; max: number; default: number }
export interface ChoiceParam<T extends string = string> extends ChoicePresentation<T> { kind: 'choice'; options: readonly T[]; default: T }
export interface BoolParam extends Presentation { kind: 'bool'; default: boolean }
/** Free text (a sentence, a drawing written as text): at most `maxLength` code points, and `valid`. */
export interface TextParam extends Presentation { kind: 'text'; default: string; maxLength: number; valid?: (text: string) => boolean }
export type Param = NumberParam | IntParam | ChoiceParam | BoolParam | TextParam;
export type Schema = Record<string, Param>;

export type ValueOf<P> = P extends ChoiceParam<infer T> ? T : P extends BoolParam ? boolean : P extends TextParam ? string : number;
export type StateOf<S extends Schema> = { [K in keyof S]: ValueOf<S[K]> };

export const num = (min: number, max: number, value: number, show: NumberPresentation = {}): NumberParam => ({ ...show, kind: 'number', min, max, default: value });
export const int = (min: number, max: number, value: number, show: NumberPresentation = {}): IntParam => ({ ...show, kind: 'int', min, max, default: value });
export const choice = <T extends string>(options: readonly T[], value: T, show: ChoicePresentation<T> = {}): ChoiceParam<T> => ({ ...show, kind: 'choice', options, default: value });
export const bool = (value: boolean, show: Presentation = {}): BoolParam => ({ ...show, kind: 'bool', default: value });
export const text = (value: string, rules: { maxLength: number; valid?: (text: string) => boolean } & Presentation): TextParam => ({ ...rules, kind: 'text', default: value });

/** The seed every random widget starts from; Reset returns to it. */
export const seedParam = (value = 42) => int(0, 1_000_000, value, { label: 'seed' });

/** A new seed for Resample: a fixed step through 0…999,999, so a resampled figure is reproducible too. */
export const nextSeed = (seed: number) => (seed * 7919 + 1) % 1_000_000;

/** The grid step of a number parameter (what arrow keys and the prose's numbers move by). */
export function stepOf(param: NumberParam | IntParam): number {
  return param.step ?? (param.kind === 'int' ? 1 : 0.01);
}

/** A number parameter's range and grid, as a drag handle (DragHandle) takes them. */
export const rangeOf = (param: NumberParam | IntParam) => ({ min: param.min, max: param.max, step: stepOf(param) });

/** The plain-text symbol a parameter's label starts with: "w1 (weight 1)" → "w1". */
export const symbolOf = (param: Param, name: string): string => (param.label ?? name).split(' (')[0];

/** The label an option shows. */
export function optionLabel<T extends string>(param: ChoiceParam<T>, option: T): string {
  return param.labels?.[option] ?? option;
}

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
    case 'text':
      // Counted in code points, so a cut never splits an emoji; anything else is refused whole.
      return typeof raw === 'string' && Array.from(raw).length <= param.maxLength && (param.valid?.(raw) ?? true) ? raw : undefined;
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
