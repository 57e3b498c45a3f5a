import { useId, type ReactNode } from 'react';
import glossary from '../../content/glossary.json';

type Entry = { term: string; definition: string };
const entries = glossary as Record<string, Entry>;

/**
 * A glossary term in the prose: a button whose description is the definition, shown on hover
 * and on keyboard focus, hidden again with Esc (see glossaryKeys.ts). Works without JavaScript.
 */
export function GlossaryTerm({ id, children }: { id: string; children?: ReactNode }) {
  const tipId = useId();
  const entry = Object.prototype.hasOwnProperty.call(entries, id) ? entries[id] : undefined;
  if (!entry) return <>{children}</>;
  return (
    <span className="nn-term">
      <button type="button" className="nn-term__word" aria-describedby={tipId}>
        {children ?? entry.term}
      </button>
      <span role="tooltip" id={tipId} className="nn-term__tip">
        <strong>{entry.term}</strong>: {entry.definition}
      </span>
    </span>
  );
}

export function glossaryEntries(): [string, Entry][] {
  return Object.entries(entries);
}
