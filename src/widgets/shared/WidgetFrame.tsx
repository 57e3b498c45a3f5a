import { useState, type ReactNode } from 'react';
import { Figure } from '../../components/Figure';
import { Button } from '../../components/Button';
import { CodePanel, type CodeSnippets } from './CodePanel';
import { copyText } from './copyText';
import { embedCode, embedSrc } from './embedCode';
import { useSettledValue } from './useSettledValue';
import { widgetLink } from './useWidgetState';
import type { Schema, StateOf } from './params';

export interface WidgetFrameProps<S extends Schema> {
  id: string;
  /** The widget's name as the essay plan gives it; the figure's accessible name. */
  caption: string;
  description?: ReactNode;
  schema: S;
  state: StateOf<S>;
  /** Back to the essay's example (same seed). */
  onReset: () => void;
  /** Draw anew (a new seed); only for widgets with randomness. */
  onResample?: () => void;
  equation?: ReactNode;
  controls?: ReactNode;
  children?: ReactNode;
  /** The current state in NumPy and PyTorch. */
  code?: CodeSnippets;
  /** One sentence with the key result, announced politely once a drag has settled. */
  announce?: string;
  /** Extra buttons (play, step…) shown before reset. */
  actions?: ReactNode;
  /** A class of the figure, for styles of this widget alone. */
  className?: string;
}

/** Every widget's frame: the figure, its caption, reset / resample / copy link / copy embed code, and "In code". */
export function WidgetFrame<S extends Schema>(props: WidgetFrameProps<S>) {
  const { id, schema, state } = props;
  const [copyStatus, setCopyStatus] = useState('');
  // Where the browser refuses the clipboard, the text is shown to copy by hand.
  const [fallback, setFallback] = useState<{ text: string; label: string } | null>(null);
  const announcement = useSettledValue(props.announce ?? '');

  const copy = async (text: string, what: { copied: string; below: string; label: string }) => {
    const copied = await copyText(text);
    setFallback(copied ? null : { text, label: what.label });
    setCopyStatus(copied ? what.copied : what.below);
  };
  const copyLink = () =>
    copy(widgetLink(id, schema, state), { copied: 'Link copied', below: 'Copy the link below', label: 'Link to this figure' });
  const copyEmbedCode = (button: HTMLElement) => {
    const height = button.closest('figure')?.getBoundingClientRect().height ?? 0;
    const code = embedCode(embedSrc(id, schema, state), props.caption, height);
    return copy(code, { copied: 'Embed code copied', below: 'Copy the embed code below', label: 'Embed code for this figure' });
  };

  const actions = (
    <>
      <Button onClick={props.onReset}>Reset</Button>
      {props.onResample ? <Button onClick={props.onResample}>Resample</Button> : null}
      <Button onClick={() => void copyLink()}>Copy link</Button>
      <Button onClick={(event) => void copyEmbedCode(event.currentTarget)}>Copy embed code</Button>
      <span className="nn-frame-status" role="status">
        {copyStatus}
      </span>
      {fallback ? (
        <input className="nn-frame-link" readOnly value={fallback.text} aria-label={fallback.label} onFocus={(e) => e.currentTarget.select()} />
      ) : null}
    </>
  );

  return (
    <Figure
      id={`fig-${id}`}
      className={props.className}
      caption={props.caption}
      description={props.description}
      equation={props.equation}
      controls={
        <>
          {props.controls}
          {props.code ? <CodePanel code={props.code} /> : null}
        </>
      }
      actions={actions}
      transport={props.actions}
    >
      {props.children}
      {props.announce !== undefined ? (
        <p className="nn-visually-hidden" aria-live="polite">
          {announcement}
        </p>
      ) : null}
    </Figure>
  );
}
