import type { ReactNode } from 'react';

export interface ScrollBoxProps {
  /** Accessible name of the scrollable region, e.g. "Weight matrix W". */
  label: string;
  children: ReactNode;
  className?: string;
}

/**
 * Horizontal scrolling for content wider than a phone (matrices, long equations). Focusable
 * (tabIndex 0) so keyboard users can scroll it; a named region so they know what it is.
 */
export function ScrollBox({ label, children, className }: ScrollBoxProps) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`nn-scrollbox${className ? ` ${className}` : ''}`}>
      {children}
    </div>
  );
}
