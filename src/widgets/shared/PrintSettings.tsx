import { formatNumber } from '../../components/format';
import { useHydrated } from '../../components/useHydrated';
import { optionLabel, symbolOf, type Param, type Schema, type StateOf } from './params';
import { widgetLink } from './useWidgetState';

/** Longest free text written out in full; the permalink carries the rest. */
const MAX_TEXT = 60;

/** A value as its control shows it: the number box's digits, a log slider's four, the option's label. */
function valueText(param: Param, value: unknown): string {
  switch (param.kind) {
    case 'choice':
      return optionLabel(param, value as string);
    case 'bool':
      return value ? 'on' : 'off';
    case 'text': {
      const chars = Array.from(String(value));
      return `“${chars.length > MAX_TEXT ? `${chars.slice(0, MAX_TEXT).join('')}…` : chars.join('')}”`;
    }
    default:
      if (param.format) return param.format(value as number);
      return param.scale === 'log10' ? formatNumber(value as number, 4) : formatNumber(value as number, 6, { grouping: true });
  }
}

/**
 * The settings a figure shows, as one line of text: "Scheme = He/Kaiming · n_in = 8 · seed = 42".
 * Every parameter with a label, in the schema's order; the ones without (the figure's own
 * bookkeeping: a selected row, steps taken) are left to the permalink.
 */
export function settingsText<S extends Schema>(schema: S, state: StateOf<S>): string {
  return Object.keys(schema)
    .filter((key) => schema[key].label !== undefined)
    .map((key) => `${symbolOf(schema[key], key)} = ${valueText(schema[key], state[key])}`)
    .join(' · ');
}

/**
 * What a printed figure has in place of its controls: the settings it shows and the link that
 * reopens it live in that state (the one "Copy link" copies). Hidden on screen, where the
 * controls say the same (see print.css).
 */
export function PrintSettings<S extends Schema>({ id, schema, state }: { id: string; schema: S; state: StateOf<S> }) {
  // The link needs the page's address, which the prerender does not have: it follows hydration.
  const hydrated = useHydrated();
  const settings = settingsText(schema, state);
  const link = hydrated ? widgetLink(id, schema, state) : null;
  return (
    <div className="nn-print-settings">
      {settings ? <p className="nn-print-settings__state">Settings: {settings}</p> : null}
      {link ? (
        <p className="nn-print-settings__link">
          Live figure: <a href={link}>{link}</a>
        </p>
      ) : null}
    </div>
  );
}
