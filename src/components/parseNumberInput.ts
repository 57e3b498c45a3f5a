/**
 * Reads a number typed by a reader. Accepts "0.5", "-0.2", "−0.2" (Unicode minus), ".5", "5.",
 * "1e-3", "+2", " 2 ", and comma-grouped thousands "1,024". Refuses everything else with a short
 * message: empty, words ("abc", "NaN", "Infinity"), hex ("0x1F"), markup, decimal commas ("1,5"),
 * and values that overflow a double ("1e309" → "Too large").
 * Underflow is accepted: "1e-320" is the denormal 1e-320, "1e-400" is 0 (it is that small).
 * −0 is returned as 0.
 */
export type ParseResult = { ok: true; value: number } | { ok: false; message: string };

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

export function parseNumberInput(text: string): ParseResult {
  const s = text.trim().replace(/[\u2212\u2012\u2013\ufe63\uff0d]/g, '-');
  if (s === '') return { ok: false, message: 'Enter a number' };
  let plain: string;
  if (DECIMAL.test(s)) plain = s;
  else if (GROUPED.test(s)) plain = s.replace(/,/g, '');
  else if (/^[+-]?\d*,\d+$/.test(s)) return { ok: false, message: 'Use a point for decimals' };
  else return { ok: false, message: 'Enter a number' };
  const value = Number(plain);
  if (!Number.isFinite(value)) return { ok: false, message: 'Too large' };
  return { ok: true, value: value === 0 ? 0 : value };
}
