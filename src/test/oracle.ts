import type { ShownNumber } from './typesetNumbers';

/**
 * An oracle states what a widget must show in a given state, computed independently of the
 * widget's code (hand formulas, plain loops): the numbers of each live equation in order (with
 * the sign written before each, see typesetNumbers), the readouts by label, and what its NumPy
 * snippet must print.
 */
export type Expected = number | { value: number; digits: number } | string;

export interface OracleView {
  /** One list per live equation of the figure, in the order they appear. */
  equations: Expected[][];
  /** Readouts by their label; a string is compared as text. */
  readouts?: Record<string, Expected>;
  /** What the NumPy snippet prints, as lines "name = value(s)". */
  printed?: Record<string, number | readonly number[]>;
}

export interface OracleModule<State = never> {
  oracle: (s: State) => OracleView;
  /** Random states to check, drawn from the schema unless given (e.g. to keep heavy work small). */
  sample?: (random: () => number, defaults: State) => State;
}

/** A number shown rounded to `digits` decimals rather than the default 3. */
export const approx = (value: number, digits: number) => ({ value, digits });

export const DEFAULT_DIGITS = 3;

/** Whether a number as shown is the expected value at the shown rounding. */
export function agrees(shown: ShownNumber, expected: number, digits = DEFAULT_DIGITS): boolean {
  if (!Number.isFinite(expected)) return false;
  if (shown.scientific) {
    const scale = 10 ** Math.floor(Math.log10(Math.abs(shown.value)));
    return Math.abs(shown.value - expected) <= 0.5 * 10 ** -shown.decimals * scale * (1 + 1e-9);
  }
  // Numbers below the rounding show in scientific form; a fixed "0" is only right for ~0.
  const places = Math.max(digits, shown.decimals);
  return Math.abs(shown.value - expected) <= 0.5 * 10 ** -places + 1e-12 * Math.abs(expected);
}

export function expectedValue(e: Expected): { value: number; digits: number } | { text: string } {
  if (typeof e === 'string') return { text: e };
  if (typeof e === 'number') return { value: e, digits: DEFAULT_DIGITS };
  return e;
}

/** A description of a mismatch between shown numbers and expected ones, or null. */
export function compareNumbers(shown: ShownNumber[], expected: Expected[]): string | null {
  const want = expected.map(expectedValue);
  const show = shown.map((n) => n.text).join(', ');
  const wanted = want.map((w) => ('text' in w ? w.text : String(w.value))).join(', ');
  if (shown.length !== want.length) return `shows ${shown.length} numbers [${show}], oracle expects ${want.length} [${wanted}]`;
  for (let i = 0; i < want.length; i++) {
    const w = want[i];
    if ('text' in w ? shown[i].text !== w.text : !agrees(shown[i], w.value, w.digits)) {
      return `number ${i + 1} shows ${shown[i].text}, oracle expects ${'text' in w ? w.text : w.value} (all shown: [${show}]; expected: [${wanted}])`;
    }
  }
  return null;
}

/** The printed lines of a snippet as name → numbers: "z = 0.5", "W = [[1. 2.]\n [3. 4.]]". */
export function parsePrinted(stdout: string): Map<string, { values: number[]; texts: string[] }> {
  const out = new Map<string, { values: number[]; texts: string[] }>();
  let current: { values: number[]; texts: string[] } | null = null;
  for (const line of stdout.split('\n')) {
    const named = /^\s*([^=\s][^=]*?)\s*=\s*(.*)$/.exec(line);
    const rest = named ? named[2] : line;
    if (named) {
      current = { values: [], texts: [] };
      out.set(named[1], current);
    }
    if (!current) continue;
    for (const m of rest.matchAll(/[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?|nan|inf/gi)) {
      current.texts.push(m[0]);
      current.values.push(Number(m[0]));
    }
  }
  return out;
}

/** Half a unit in the last place a printed literal writes: "0.622" → 0.0005, "1.5e-05" → 5e-7. */
export function halfUlpOf(literal: string): number {
  const [mantissa, exp = '0'] = literal.toLowerCase().split('e');
  const places = mantissa.includes('.') ? mantissa.split('.')[1].length : 0;
  return 0.5 * 10 ** (Number(exp) - places);
}
