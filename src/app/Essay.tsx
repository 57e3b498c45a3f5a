import type { ComponentType } from 'react';
import { chapters } from './chapters';
import { Contents } from './Contents';
import { Island } from './Island';
import { GlossaryTerm } from './GlossaryTerm';
import { kebabCase, type WidgetComponent } from '../widgets/registry';

type LoadedWidgets = Record<string, { default: WidgetComponent; inline?: boolean }>;

/**
 * MDX tag name → a component that places the widget as an island. Every figure may ship as a
 * stand-in (pendingFigure.ts): none is on the first screen, not even the opening's teaser (some
 * 3,600 px down on a phone), and its typeset markup made the first layout fetch the math fonts.
 */
function widgetTags(widgets: LoadedWidgets): Record<string, ComponentType<never>> {
  const tags: Record<string, ComponentType<Record<string, unknown>>> = { Term: GlossaryTerm as ComponentType<Record<string, unknown>> };
  for (const [name, module] of Object.entries(widgets)) {
    tags[name] = (props) => {
      const id = typeof props.id === 'string' ? props.id : kebabCase(name);
      return <Island name={name} id={id} Component={module.default} props={props} inline={module.inline === true} />;
    };
  }
  return tags as Record<string, ComponentType<never>>;
}

/** The whole essay: header, contents and every chapter in order. */
export function Essay({ widgets }: { widgets: LoadedWidgets }) {
  const components = widgetTags(widgets);
  return (
    <>
      <a className="nn-skip-link" href="#main">
        Skip to the essay
      </a>
      <div className="nn-progress" aria-hidden="true" />
      <header className="nn-site-header">
        <p className="nn-kicker">An explorable essay</p>
        <h1>Neural Networks, Mathematically</h1>
        <p className="nn-subtitle">From neurons to functions</p>
        <button type="button" className="nn-theme-toggle nn-button" aria-pressed="false" data-theme-toggle="">
          Dark mode
        </button>
      </header>
      <div className="nn-layout">
        <Contents chapters={chapters} />
        <main id="main" className="nn-main">
          {chapters.map(({ slug, order, title, Body }) => (
            <section key={slug} id={slug} className="nn-chapter" aria-labelledby={`${slug}-title`}>
              <h2 id={`${slug}-title`}>
                <span className="nn-chapter-number">{order}.</span> {title}
              </h2>
              <Body components={components} />
            </section>
          ))}
        </main>
      </div>
      <footer className="nn-footer">
        <p>Every number on this page is computed in your browser by the essay&rsquo;s own math core.</p>
      </footer>
    </>
  );
}
