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
 * Likewise a relation "=" or "\approx" right before a number becomes \htmlClass{nn-rel}{…}, so
 * a result flipping between exact and rounded does not change the shape either.
 */
export const NUMBER_CLASS = 'nn-num';
/**
 * Each slot's class carries its index (nn-num-0, nn-num-1 …): KaTeX's HTML does not keep TeX's
 * order (a fraction puts its denominator before its numerator), so slots are matched by index.
 */
export const slotClass = (kind: string, index: number) => `${kind}-${index}`;
/** The kind and index of a slot class, or null: "nn-num-3" → { kind: 'nn-num', index: 3 }. */
export const SLOT_CLASS = /^(nn-num|nn-rel)-(\d+)$/;
/** "=" and "≈" change as numbers round exactly or not; a relation before a number is a slot too. */
export const RELATION_CLASS = 'nn-rel';

export interface MarkedTex {
  /** The TeX with every number wrapped: \htmlClass{nn-num}{0.5}. */
  marked: string;
  /** The marked TeX with each number replaced by "#": equal skeletons typeset alike. */
  skeleton: string;
  /** The numbers' digits, in the order their spans appear. */
  numbers: string[];
  /** The relations before numbers, "=" or "≈", in the order their spans appear. */
  relations: string[];
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

/**
 * What may follow a patchable relation: a number, perhaps signed, bracketed, coloured, or the
 * first entry of a matrix (a vector result flips between "=" and "≈" as often as a number does).
 */
const NUMBER_AHEAD = /^\s*(?:(?:\\htmlClass\{nn-term-[a-z0-9-]+\}\{|\\begin\{[bpv]?matrix\}|\\left[([]|[-(])\s*)*\d/;
/** How far ahead NUMBER_AHEAD looks: a matrix with two coloured wrappers before its first digit. */
const AHEAD = 120;

/** Commands that take their arguments without braces too: in \frac12 the digits are arguments. */
const TAKES_ARGUMENTS = new Set(['frac', 'tfrac', 'dfrac', 'cfrac', 'sqrt', 'binom', 'tbinom', 'dbinom', 'kern', 'mkern', 'mskip', 'hskip']);

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

/**
 * `relations: false` leaves "=" and "≈" alone: in inline math a wrapped relation is no longer a
 * place where the line may break, so LiveMath marks relations in display math only.
 */
export function markNumbers(tex: string, { relations: markRelations = true } = {}): MarkedTex {
  let marked = '';
  let skeleton = '';
  const numbers: string[] = [];
  const relations: string[] = [];
  const relation = (symbol: '=' | '≈', tex: string) => {
    const name = slotClass(RELATION_CLASS, relations.length);
    marked += `\\htmlClass{${name}}{${tex}}`;
    skeleton += `\\htmlClass{${name}}{?}`;
    relations.push(symbol);
  };
  const copy = (text: string) => {
    marked += text;
    skeleton += text;
  };
  // Where the last control word ended, and its name: \cdot0.5 is a product, \frac12 a fraction.
  let commandEnd = -1;
  let commandName = '';
  let i = 0;
  while (i < tex.length) {
    const c = tex[i];
    if (c === '\\') {
      // A command: \name, or a one-character control symbol such as \\ or \,.
      let j = i + 1;
      if (isLetter(tex[j])) while (isLetter(tex[j])) j++;
      else j++;
      const name = tex.slice(i + 1, j);
      if (markRelations && name === 'approx' && NUMBER_AHEAD.test(tex.slice(j, j + AHEAD))) {
        relation('≈', '\\approx');
        i = j;
        continue;
      }
      copy(tex.slice(i, j));
      i = j;
      commandEnd = j;
      commandName = name;
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
    const afterOperator = commandEnd === i && isLetter(commandName[0]) && !TAKES_ARGUMENTS.has(commandName);
    if (isDigit(c) && (afterOperator || !isLetter(tex[i - 1])) && !isDigit(tex[i - 1]) && tex[i - 1] !== '.') {
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
      const name = slotClass(NUMBER_CLASS, numbers.length);
      marked += `${open}\\htmlClass{${name}}{${digits}}${close}`;
      skeleton += `${open}\\htmlClass{${name}}{#}${close}`;
      numbers.push(digits);
      i = j;
      continue;
    }
    if (markRelations && c === '=' && NUMBER_AHEAD.test(tex.slice(i + 1, i + 1 + AHEAD))) relation('=', '=');
    else copy(c);
    i++;
  }
  return { marked, skeleton, numbers, relations };
}
