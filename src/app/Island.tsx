import type { ReactNode } from 'react';
import { WidgetBoundary } from './WidgetBoundary';
import type { WidgetComponent } from '../widgets/registry';
import { pendingFigureHtml } from './pendingFigure';
import { resetState } from '../widgets/shared/widgetStore';

/**
 * During the prerender each island is rendered as a React root of its own, with an identifier
 * prefix, exactly as the browser will hydrate it: the `useId` values then match, and no two
 * islands share an id.
 */
let renderIslandHtml: ((node: ReactNode, identifierPrefix: string) => string) | null = null;
export function setIslandRenderer(render: typeof renderIslandHtml) {
  renderIslandHtml = render;
}

export function islandTree(name: string, id: string, Component: WidgetComponent, props: Record<string, unknown>) {
  return (
    // Reset forgets the state that broke the widget (it may have come from a link), or the
    // remounted widget would fail again at once.
    <WidgetBoundary name={name} onReset={() => resetState(id)}>
      <Component {...props} id={id} />
    </WidgetBoundary>
  );
}

/** Below this size an island's HTML is cheap enough to ship even when it may wait (exercises). */
const DEFER_MIN_CHARS = 6000;

/**
 * The prerender ships a stand-in for a figure (pendingFigure.ts) instead of its full markup; the
 * browser then renders it afresh (`data-pending`) instead of hydrating it. Inline islands and
 * small ones (exercises) are shipped whole.
 */
export function Island(props: {
  name: string;
  id: string;
  Component: WidgetComponent;
  props: Record<string, unknown>;
  inline?: boolean;
}) {
  const { name, id, Component } = props;
  // Inline islands (a number in a sentence) must be phrasing content inside <p>.
  const Tag = props.inline ? 'span' : 'div';
  const tree = islandTree(name, id, Component, props.props);
  const attributes = {
    className: props.inline ? 'nn-island nn-island--inline' : 'nn-island',
    'data-island': name,
    'data-id': id,
    'data-props': JSON.stringify(props.props),
  };
  if (renderIslandHtml) {
    const html = renderIslandHtml(tree, `${id}-`);
    const pending = !props.inline && html.length > DEFER_MIN_CHARS ? pendingFigureHtml(html) : null;
    if (pending) return <Tag {...attributes} data-pending="true" dangerouslySetInnerHTML={{ __html: pending }} />;
    return <Tag {...attributes} dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return <Tag {...attributes}>{tree}</Tag>;
}
