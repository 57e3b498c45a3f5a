import type { ComponentType } from 'react';

/** What every widget receives: its instance id (for address state and links) plus MDX props. */
export type WidgetProps = { id: string } & Record<string, unknown>;
export type WidgetComponent = ComponentType<WidgetProps>;
type WidgetModule = { default: WidgetComponent; inline?: boolean };

// The one place that maps MDX tag names to widgets: every folder `src/widgets/<Name>/` with an
// `index.ts` is the tag `<Name />`. Loaders are lazy so each widget is its own chunk, fetched
// only when its figure approaches the viewport.
const modules = import.meta.glob<WidgetModule>('./*/index.ts');

export const widgetLoaders: Record<string, () => Promise<WidgetModule>> = Object.fromEntries(
  Object.entries(modules).map(([path, load]) => [path.split('/')[1], load]),
);

export const widgetNames = Object.keys(widgetLoaders);

/** Loads every widget (prerender and dev server, which render the whole essay at once). */
export async function loadAllWidgets(): Promise<Record<string, WidgetModule>> {
  const entries = await Promise.all(widgetNames.map(async (name) => [name, await widgetLoaders[name]()] as const));
  return Object.fromEntries(entries);
}

/** `CalculationByHand` → `calculation-by-hand`, `SpreadIsNotARange` → `spread-is-not-a-range`. */
export function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}
