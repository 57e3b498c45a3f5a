import { useId, useRef } from 'react';
import { useSteadyHeight } from './steadyHeight';
import type { ReactNode } from 'react';

export interface FigureProps {
  /** The figure's title; also its accessible name. Rendered first, exactly as given. */
  caption: string;
  /** Optional longer text after the caption, muted. */
  description?: ReactNode;
  id?: string;
  /** The live equation panel: beside the widget on wide containers, above it on narrow ones. */
  equation?: ReactNode;
  /** Sliders, choices… shown under the plots. */
  controls?: ReactNode;
  /** A row of buttons: reset, copy link… */
  actions?: ReactNode;
  /** The buttons that run the figure (play, pause, step): beside the plots, and on a phone in a bar that stays on screen. */
  transport?: ReactNode;
  /** The plots. */
  children?: ReactNode;
  className?: string;
}

/** The frame every widget sits in. Layout lives in figure.css (container queries; docs/DESIGN.md). */
export function Figure({
  caption, description, id, equation, controls, actions, transport, children, className,
}: FigureProps) {
  const uid = useId();
  const captionId = `${uid}-caption`;
  const descriptionId = `${uid}-description`;
  const ref = useRef<HTMLElement>(null);
  useSteadyHeight(ref);
  return (
    <figure
      ref={ref}
      id={id}
      className={`nn-figure${equation ? ' nn-figure--with-equation' : ''}${className ? ` ${className}` : ''}`}
      aria-labelledby={captionId}
      aria-describedby={description ? descriptionId : undefined}
    >
      <figcaption className="nn-figure__caption">
        <span id={captionId} className="nn-figure__title">{caption}</span>
        {description ? <> <span id={descriptionId} className="nn-figure__description">{description}</span></> : null}
      </figcaption>
      <div className="nn-figure__body">
        {equation ? <div className="nn-figure__equation">{equation}</div> : null}
        <div className="nn-figure__main">
          {children || transport ? (
            <div className="nn-figure__stage">
              {transport ? <div className="nn-figure__transport">{transport}</div> : null}
              {children ? <div className="nn-figure__plots">{children}</div> : null}
            </div>
          ) : null}
          {controls ? <div className="nn-figure__controls">{controls}</div> : null}
        </div>
      </div>
      {actions ? <div className="nn-figure__actions">{actions}</div> : null}
    </figure>
  );
}
