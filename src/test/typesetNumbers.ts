import { SLOT_CLASS } from '../components/liveNumbers';

/**
 * The numbers a reader sees in a typeset live equation, in TeX order, each with the sign written
 * right before it: "1 − 0.6 + 0.1" reads [1, −0.6, 0.1], "e^{−0.5}" reads [−0.5], and
 * "1.2 × 10^{−5}" one number, 1.2e-5. The text each came from is kept for rounding checks.
 *
 * Read from KaTeX's HTML (what is painted), not from the TeX: a slip anywhere between the TeX
 * builder and the patched digits shows here. KaTeX's DOM order is not TeX's (a fraction draws its
 * denominator first); the slots' indexed classes give TeX's order back.
 */
export interface ShownNumber {
  value: number;
  /** Decimal places written (sci: of the mantissa); 0 for whole numbers. */
  decimals: number;
  scientific: boolean;
  text: string;
}

const MINUS = '\u2212';

/** The shape of a live equation the reader sees (its shelved shapes are hidden copies). */
export function shownShape(livemath: Element): Element {
  const roots = [...livemath.children].filter((el) => !el.classList.contains('nn-livemath__shelved'));
  if (roots.length !== 1) throw new Error(`expected one shown shape, found ${roots.length}`);
  return roots[0];
}

export function typesetNumbers(livemath: Element): ShownNumber[] {
  const html = shownShape(livemath).querySelector('.katex-html');
  if (!html) throw new Error('not typeset: no .katex-html');
  // Walk the painted text in document order, noting where each number slot starts.
  const slots: { index: number; text: string; before: string; between: string; raised: boolean }[] = [];
  let painted = '';
  let lastSlotEnd = 0;
  const walk = (node: Node) => {
    if (node instanceof Element) {
      const match = [...node.classList].map((name) => SLOT_CLASS.exec(name)).find(Boolean);
      if (match && match[1] === 'nn-num') {
        const text = (node.textContent ?? '').trim();
        const before = painted.replace(/\s+$/, '');
        slots.push({
          index: Number(match[2]),
          text,
          before: before.slice(-1),
          between: painted.slice(lastSlotEnd).replace(/\s/g, ''),
          raised: node.closest('.msupsub') !== null,
        });
        painted += text;
        lastSlotEnd = painted.length;
        return;
      }
      node.childNodes.forEach(walk);
    } else if (node.nodeType === 3) {
      painted += node.textContent ?? '';
    }
  };
  walk(html);
  const sorted = [...slots].sort((a, b) => a.index - b.index);
  // "45{,}158{,}400" is marked as three slots but read as one number: join digit groups.
  const inTexOrder: typeof sorted = [];
  for (const slot of sorted) {
    const last = inTexOrder[inTexOrder.length - 1];
    if (last && slot.between === ',' && /^\d{3}(?:\.\d+)?$/.test(slot.text) && /^\d{1,3}(?:,\d{3})*$/.test(last.text)) {
      inTexOrder[inTexOrder.length - 1] = { ...last, text: `${last.text},${slot.text}` };
    } else {
      inTexOrder.push(slot);
    }
  }
  const out: ShownNumber[] = [];
  for (let i = 0; i < inTexOrder.length; i++) {
    const slot = inTexOrder[i];
    const sign = slot.before === MINUS || slot.before === '-' ? -1 : 1;
    const next = inTexOrder[i + 1];
    const exponent = inTexOrder[i + 2];
    // m × 10^e is one number: mantissa slot, "×", the slot "10", then the exponent's slot, raised
    // ("(8 × 10) · (10)" is three numbers).
    if (next && exponent && next.text === '10' && next.between === '×' && exponent.raised && !next.raised) {
      const e = (exponent.before === MINUS || exponent.before === '-' ? -1 : 1) * Number(exponent.text);
      const mantissa = parseDigits(slot.text);
      out.push({
        value: sign * mantissa * 10 ** e,
        decimals: decimalsOf(slot.text),
        scientific: true,
        text: `${sign < 0 ? MINUS : ''}${slot.text}×10^${e}`,
      });
      i += 2;
      continue;
    }
    out.push({ value: sign * parseDigits(slot.text), decimals: decimalsOf(slot.text), scientific: false, text: `${sign < 0 ? MINUS : ''}${slot.text}` });
  }
  return out;
}

function parseDigits(text: string): number {
  const value = Number(text.replace(/[,\u2009\u202f]/g, ''));
  if (!Number.isFinite(value)) throw new Error(`not a number: "${text}"`);
  return value;
}

function decimalsOf(text: string): number {
  return text.includes('.') ? text.split('.')[1].length : 0;
}

/**
 * A number as the figure shows it in a readout or a sentence ("−0.622", "10,000", "1.2×10⁻⁵",
 * "12.5%"), or null when the text is not one number.
 */
export function parseShown(text: string): ShownNumber | null {
  const t = text.trim().replace(/\u2212/g, '-').replace(/[\s\u00a0\u202f]*%$/, '');
  const sup: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-' };
  const sci = /^(-?[\d,]+(?:\.\d+)?)×10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(t);
  if (sci) {
    const e = Number([...sci[2]].map((c) => sup[c]).join(''));
    return { value: Number(sci[1].replace(/,/g, '')) * 10 ** e, decimals: decimalsOf(sci[1]), scientific: true, text };
  }
  if (!/^-?[\d,]+(?:\.\d+)?$/.test(t)) return null;
  return { value: Number(t.replace(/,/g, '')), decimals: decimalsOf(t), scientific: false, text };
}
