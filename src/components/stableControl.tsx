import { memo, useLayoutEffect, useMemo, useRef, type ComponentType } from 'react';

/**
 * `View`, re-rendered only when what it shows changes. Widgets pass fresh arrow functions as
 * handlers on every render (`onChange={(w) => set({ w })}`), which would re-render every control
 * of a figure when one slider moves — and React rewrites an input's name and type on each such
 * update. Here the named handlers are read through a ref that always holds the latest props, so a
 * new function alone does not count as a change.
 */
export function stableControl<P extends object, K extends keyof P>(View: ComponentType<P>, handlers: readonly K[]): ComponentType<P> {
  const Memo = memo(View);
  function StableControl(props: P) {
    const latest = useRef(props);
    useLayoutEffect(() => {
      latest.current = props;
    });
    const stable = useMemo(
      () =>
        Object.fromEntries(
          handlers.map((name) => [name, (...args: unknown[]) => (latest.current[name] as ((...a: unknown[]) => unknown) | undefined)?.(...args)]),
        ) as Partial<P>,
      [],
    );
    return <Memo {...props} {...stable} />;
  }
  StableControl.displayName = `Stable(${View.displayName ?? View.name})`;
  return StableControl;
}
