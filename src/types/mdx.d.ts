declare module '*.mdx' {
  import type { ComponentType } from 'react';
  export const frontmatter: { title?: string; summary?: string } | undefined;
  export const sections: { id: string; title: string }[];
  const Chapter: ComponentType<{ components?: Record<string, ComponentType<never>> }>;
  export default Chapter;
}
