import type { OracleView } from '../../test/oracle';
import type { TextState } from './params';

const wordChar = (ch: string) => ch === "'" || /^[\p{L}\p{N}\p{M}]$/u.test(ch);
const separator = (ch: string) => /^[\p{Z}\p{C}]$/u.test(ch);

/** By hand, one character at a time: words of letters, digits, marks and apostrophes; other symbols alone. */
function tokensOf(sentence: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of sentence.toLowerCase()) {
    if (wordChar(ch)) {
      word += ch;
      continue;
    }
    if (word) out.push(word);
    word = '';
    if (!separator(ch)) out.push(ch);
  }
  if (word) out.push(word);
  return out.slice(0, 32);
}

export function oracle(s: TextState): OracleView {
  const tokens = tokensOf(s.sentence);
  const first: string[] = [];
  const ids = tokens.map((t) => {
    if (!first.includes(t)) first.push(t);
    return first.indexOf(t);
  });
  const n = tokens.length;
  const d = Number(s.dims);
  return {
    equations: [[n, d, n * d]],
    readouts: {
      tokens: n,
      dimensions: d,
      'matrix shape': `${n} × ${d}`,
      numbers: n * d,
      'token ids': ids.slice(0, 8).join(', ') + (n > 8 ? ', …' : ''),
    },
    printed: { ids, shape: [n, d], numbers: n * d },
  };
}

/** Sentences of awkward characters: accents (composed and not), emoji with joiners, tabs, symbols, repeats. */
const ALPHABET = ['a', 'B', 'cat', '7', "'", ' ', ' ', '\t', ',', '!', '=', '_', '<', '>', 'é', 'e\u0301', '🐱', '👩\u200d💻', 'Σ', '東', '\ufeff', '\u00a0', '½'];

const SENTENCES = ['Hello, world!', "Don't panic: it's only 42.", '<b>hi</b> 🐱', 'x = 2 + 2 = 4', 'ΣΊΣΥΦΟΣ rolls the stone', '東京は大きい。', '', 'a '.repeat(100)];

export function sample(random: () => number, defaults: TextState): TextState {
  const dims = (['8', '300', '768'] as const)[Math.floor(random() * 3)];
  let sentence = '';
  if (random() < 0.4) sentence = SENTENCES[Math.floor(random() * SENTENCES.length)];
  else for (let i = Math.floor(random() * 60); i > 0; i--) sentence += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return { ...defaults, dims, sentence: Array.from(sentence).slice(0, 200).join('') };
}
