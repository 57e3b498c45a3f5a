/**
 * A slider step changes the numbers of a live equation, rarely its shape. Re-typesetting the whole
 * equation each step replaces hundreds of DOM nodes (KaTeX's HTML and MathML), which costs more
 * than a frame on a slow machine. So LiveMath typesets an equation once per *shape* and afterwards
 * only rewrites the digits in place.
 *
 * markNumbers finds the numbers of a TeX string and wraps each in \htmlClass{nn-num}{…}, so the
 * typeset HTML has one addressable span per number. The shape ("skeleton") is the marked TeX with
 * every number replaced by "#": two TeX strings with the same skeleton typeset identically except
 * for the digits, which have equal heights in KaTeX's fonts, so patching the digits is exact.
 *
 * Only digits that are certainly mathematical numbers are marked: not command arguments such as
 * class names, \text{…} or \begin{…}, not dimensions (4pt, 1em), not digits glued to a command or
 * letter (\frac12, x2). Anything unmarked stays in the skeleton, which only costs a re-typeset.
 */
export const NUMBER_CLASS = 'nn-num';

export interface MarkedTex {
  /** The TeX with every number wrapped: \htmlClass{nn-num}{0.5}. */
  marked: string;
  /** The marked TeX with each number replaced by "#": equal skeletons typeset alike. */
  skeleton: string;
  /** The numbers' digits, in the order their spans appear. */
  numbers: string[];
}

/** Commands whose brace arguments are names, text or sizes, never numbers to patch. */
const VERBATIM_ARGS: Record<string, number> = {
  htmlClass: 1,
  begin: 1,
  end: 1,
  text: 1,
  textrm: 1,
  textbf: 1,
  textit: 1,
  mathrm: 1,
  operatorname: 1,
  hspace: 1,
  kern: 1,
  color: 1,
  textcolor: 1,
  rule: 2,
  raisebox: 1,
};

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined) => c !== undefined && /[a-zA-Z]/.test(c);

/** Index just past the balanced {…} group starting at `start` (which must be "{"). */
function skipGroup(tex: string, start: number): number {
  let depth = 0;
  for (let i = start; i < tex.length; i++) {
    const c = tex[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return tex.length;
}

export function markNumbers(tex: string): MarkedTex {
  let marked = '';
  let skeleton = '';
  const numbers: string[] = [];
  const copy = (text: string) => {
    marked += text;
    skeleton += text;
  };
  let i = 0;
  while (i < tex.length) {
    const c = tex[i];
    if (c === '\\') {
      // A command: \name, or a one-character control symbol such as \\ or \,.
      let j = i + 1;
      if (isLetter(tex[j])) while (isLetter(tex[j])) j++;
      else j++;
      const name = tex.slice(i + 1, j);
      copy(tex.slice(i, j));
      i = j;
      if (name === '\\' && tex[i] === '[') {
        // \\[4pt]: a line-spacing size.
        const close = tex.indexOf(']', i);
        const end = close < 0 ? tex.length : close + 1;
        copy(tex.slice(i, end));
        i = end;
      }
      for (let arg = 0; arg < (VERBATIM_ARGS[name] ?? 0); arg++) {
        while (tex[i] === ' ') copy(tex[i++]);
        if (tex[i] !== '{') break;
        const end = skipGroup(tex, i);
        copy(tex.slice(i, end));
        i = end;
      }
      continue;
    }
    if (isDigit(c) && !isLetter(tex[i - 1]) && !isDigit(tex[i - 1]) && tex[i - 1] !== '.') {
      const script = tex[i - 1] === '_' || tex[i - 1] === '^';
      // After _ or ^ TeX takes a single token: x^23 is x² · 3.
      let j = i + 1;
      if (!script) {
        while (isDigit(tex[j])) j++;
        if (tex[j] === '.' && isDigit(tex[j + 1])) {
          j++;
          while (isDigit(tex[j])) j++;
        }
      }
      if (isLetter(tex[j]) || tex[j] === '.') {
        // A dimension (4pt) or something odd: leave it as it is.
        copy(tex.slice(i, j));
        i = j;
        continue;
      }
      const digits = tex.slice(i, j);
      const open = script ? '{' : '';
      const close = script ? '}' : '';
      marked += `${open}\\htmlClass{${NUMBER_CLASS}}{${digits}}${close}`;
      skeleton += `${open}\\htmlClass{${NUMBER_CLASS}}{#}${close}`;
      numbers.push(digits);
      i = j;
      continue;
    }
    copy(c);
    i++;
  }
  return { marked, skeleton, numbers };
}
