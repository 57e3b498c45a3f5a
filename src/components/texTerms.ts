/**
 * Colouring terms of a live equation. A term is wrapped as \htmlClass{nn-term-w}{0.5}; LiveMath
 * trusts \htmlClass only for classes matching /^nn-term-[a-z0-9-]+$/, and live-math.css colours
 * them (.nn-term-w { color: var(--c-w) } …). A highlighted term (focused or hovered control) is
 * wrapped once more in \htmlClass{nn-term-hl}{…}.
 */
export type TermName = 'x' | 'w' | 'b' | 'z' | 'a' | 'y' | 'hl' | (string & {});

/** The CSS class of a term: termClass('w') → "nn-term-w". Names are lower-case [a-z0-9-]. */
export function termClass(name: TermName): string {
  const safe = String(name).toLowerCase().replace(/[^a-z0-9-]/g, '-');
  return `nn-term-${safe}`;
}

/** TeX for a coloured term: texTerm('w', '0.5') → "\htmlClass{nn-term-w}{0.5}". */
export function texTerm(name: TermName, tex: string, highlighted = false): string {
  const coloured = `\\htmlClass{${termClass(name)}}{${tex}}`;
  return highlighted ? `\\htmlClass{${termClass('hl')}}{${coloured}}` : coloured;
}

const SYMBOLS: Record<string, string> = {
  cdot: '·', times: '×', sigma: 'σ', mu: 'μ', eta: 'η', partial: '∂', sum: 'Σ', approx: '≈',
  le: '≤', leq: '≤', ge: '≥', geq: '≥', ne: '≠', to: '→', infty: '∞', quad: ' ', qquad: ' ',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', Delta: 'Δ', epsilon: 'ε', theta: 'θ',
  lambda: 'λ', pi: 'π', tanh: 'tanh', exp: 'exp', log: 'log', ln: 'ln', max: 'max', min: 'min',
};

/**
 * A readable plain-text version of TeX, shown before KaTeX has loaded (and on the server):
 * class wrappers and sizing commands vanish, common symbols become Unicode, braces go.
 * "z = \htmlClass{nn-term-w}{0.5} \cdot 2" → "z = 0.5 · 2".
 */
export function texToPlainText(tex: string): string {
  return tex
    .replace(/\\htmlClass\{[^{}]*\}/g, '')
    .replace(/\\(?:left|right|big|Big|bigg|Bigg)\b\\?/g, '')
    .replace(/\\text(?:rm|bf|it)?\{([^{}]*)\}/g, '$1')
    .replace(/\\frac\{([^{}]*)\}\{([^{}]*)\}/g, '($1)/($2)')
    .replace(/\\([a-zA-Z]+)/g, (_, name: string) => SYMBOLS[name] ?? '')
    .replace(/\\[,;:! ]/g, ' ')
    .replace(/\\\\/g, ' ')
    .replace(/[{}]/g, '')
    .replace(/&/g, ' ')
    .replace(/-/g, '−')
    .replace(/\s+/g, ' ')
    .trim();
}
