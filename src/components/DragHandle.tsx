import type { ReactNode } from 'react';
import { useValueDrag, type ValueDragOptions } from './useValueDrag';

/**
 * A part of an SVG diagram that is pulled up or down to change its value (useValueDrag): wraps
 * the shapes that are grabbed in one focusable group. Name it apart from the value's own slider
 * ("Drag handle: weight 2") so the two never share an accessible name.
 */
export function DragHandle({ className, onClick, onMouseEnter, children, ...options }: ValueDragOptions & {
  className?: string;
  onClick?: () => void;
  onMouseEnter?: () => void;
  children: ReactNode;
}) {
  const drag = useValueDrag(options);
  return (
    <g {...drag} className={className ? `${drag.className} ${className}` : drag.className} onClick={onClick} onMouseEnter={onMouseEnter}>
      {children}
    </g>
  );
}
