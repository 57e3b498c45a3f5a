import { useMemo, type ComponentType, type ReactNode } from 'react';
import { LiveMath } from '../../components/LiveMath';
import { WidgetFrame } from './WidgetFrame';
import { Readout, type ReadoutItem } from './Readout';
import { ParamControls } from './ParamControls';
import { PrintSettings } from './PrintSettings';
import { useWidgetState } from './useWidgetState';
import { nextSeed, type Schema, type StateOf } from './params';
import type { CodeSnippets } from './CodePanel';
import type { WidgetProps } from '../registry';

/** A live equation: TeX, or TeX under a short title (a numbered step). */
export type Equation = string | { title: ReactNode; tex: string };

type Patch<S extends Schema> = Partial<StateOf<S>> | ((state: StateOf<S>) => Partial<StateOf<S>>);

/** What a widget's own parts receive: its state, what it derived, a setter and its MDX props. */
export interface PartProps<S extends Schema, D> {
  id: string;
  s: StateOf<S>;
  v: StateOf<S> & D;
  set: (patch: Patch<S>) => void;
  props: Record<string, unknown>;
}

/**
 * One widget, written once: its parameters, what it derives from the core, its live equations,
 * readouts, code and announcement, and the parts particular to it (the plot). The generic host
 * draws the frame, the controls, the equations and readouts, and reset / resample / copy link;
 * the oracle and snippet tests read the same definition.
 */
export interface WidgetDefinition<S extends Schema, D> {
  /** The figure's name, exactly as ESSAY.md gives it; its accessible name. */
  caption: string;
  description?: ReactNode;
  params: S;
  /** The numbers the figure shows, from src/core; pure, recomputed when the state changes. */
  derive?: (s: StateOf<S>) => D;
  /** Instead of derive, for work that outlives a render (a worker, a training loop): a hook. */
  useDerived?: (s: StateOf<S>, set: (patch: Patch<S>) => void, id: string) => D;
  equations?: (v: StateOf<S> & D) => Equation[];
  readouts?: (v: StateOf<S> & D) => ReadoutItem[];
  /** The readouts' group name, when there is more than one group to tell apart. */
  readoutLabel?: string;
  code?: (v: StateOf<S> & D) => CodeSnippets;
  /** One settled sentence for screen readers. */
  announce?: (v: StateOf<S> & D) => string;
  /** The parameters with controls, in order (default: every parameter with a label). */
  controls?: readonly (keyof S & string)[];
  /** Resample: true draws a new seed (state.seed); a function gives the patch. */
  resample?: true | ((s: StateOf<S>) => Partial<StateOf<S>>);
  /** The plots and anything else under the equations. */
  View?: ComponentType<PartProps<S, D>>;
  /** Shown in the equation column after the readouts (a sentence, a table). */
  Aside?: ComponentType<PartProps<S, D>>;
  /** Controls the parameters cannot describe (buttons, a custom editor), after the generated ones. */
  Controls?: ComponentType<PartProps<S, D>>;
  /** Buttons shown before Reset (play, step). */
  Actions?: ComponentType<PartProps<S, D>>;
  /** A class on the figure, for this widget's own styles (`.nn-calc .nn-widget-equation`). */
  className?: string;
  /** Called by Reset after the state returns to the example (e.g. to stop a running loop). */
  onReset?: (id: string) => void;
}

export type DefinedWidget<S extends Schema, D> = ComponentType<WidgetProps> & { definition: WidgetDefinition<S, D> };

const noDerived = () => ({});

function EquationList({ equations }: { equations: Equation[] }) {
  if (equations.every((e) => typeof e === 'string')) {
    return <>{equations.map((tex, i) => <LiveMath key={i} display tex={tex as string} />)}</>;
  }
  return (
    <ol className="nn-equation-steps">
      {equations.map((e, i) => (
        <li key={i}>
          {typeof e === 'string' ? null : <span className="nn-equation-steps__title">{e.title}</span>}
          <LiveMath display tex={typeof e === 'string' ? e : e.tex} />
        </li>
      ))}
    </ol>
  );
}

export function defineWidget<S extends Schema, D extends object = Record<never, never>>(definition: WidgetDefinition<S, D>): DefinedWidget<S, D> {
  const { params, View, Aside, Controls, Actions } = definition;
  const derive = definition.derive ?? (noDerived as unknown as (s: StateOf<S>) => D);
  const useDerived = definition.useDerived ?? ((s: StateOf<S>) => useMemo(() => derive(s), [s]));

  function WidgetHost({ id, ...props }: WidgetProps) {
    const [s, set, reset] = useWidgetState(id, params);
    const derived = useDerived(s, set, id);
    const v = useMemo(() => ({ ...s, ...derived }), [s, derived]);
    const part: PartProps<S, D> = { id, s, v, set, props };
    const equations = definition.equations?.(v);
    const readouts = definition.readouts?.(v);
    const hasEquation = equations !== undefined || readouts !== undefined || Aside !== undefined;
    const resample = definition.resample;
    return (
      <WidgetFrame
        id={id}
        caption={definition.caption}
        className={definition.className}
        description={definition.description}
        schema={params}
        state={s}
        onReset={() => {
          reset();
          definition.onReset?.(id);
        }}
        onResample={
          resample === undefined
            ? undefined
            : () => set((cur) => (resample === true ? ({ seed: nextSeed(Number(cur.seed)) } as Partial<StateOf<S>>) : resample(cur)))
        }
        code={definition.code?.(v)}
        announce={definition.announce?.(v)}
        actions={Actions ? <Actions {...part} /> : undefined}
        equation={
          hasEquation ? (
            <div className="nn-widget-equation">
              {equations ? <EquationList equations={equations} /> : null}
              {readouts ? <Readout label={definition.readoutLabel} items={readouts} /> : null}
              {Aside ? <Aside {...part} /> : null}
            </div>
          ) : undefined
        }
        controls={
          <>
            <ParamControls schema={params} state={s} set={set} keys={definition.controls} />
            {Controls ? <Controls {...part} /> : null}
            {/* In print, the settings and the permalink stand in for the controls. */}
            <PrintSettings id={id} schema={params} state={s} />
          </>
        }
      >
        {View ? <View {...part} /> : null}
      </WidgetFrame>
    );
  }
  WidgetHost.displayName = `Widget(${definition.caption})`;
  return Object.assign(WidgetHost, { definition });
}
