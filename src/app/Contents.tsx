import type { Chapter } from './chapters';

/** The contents list: a navigation landmark with a link per chapter and per section. */
export function Contents({ chapters }: { chapters: Chapter[] }) {
  return (
    <nav className="nn-contents" aria-label="Contents">
      <details className="nn-contents-details">
        <summary>Contents</summary>
        <ol>
          {chapters.map((chapter) => (
            <li key={chapter.slug} data-chapter={chapter.slug}>
              <a href={`#${chapter.slug}`}>
                <span className="nn-contents-number">{chapter.order}</span> {chapter.title}
              </a>
              {chapter.sections.length > 0 && (
                <ol>
                  {chapter.sections.map((section) => (
                    <li key={section.id}>
                      <a href={`#${section.id}`}>{section.title}</a>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
