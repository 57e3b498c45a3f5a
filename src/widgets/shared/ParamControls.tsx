import { memo } from 'react';
import { Slider } from '../../components/Slider';
import { LogSlider } from '../../components/LogSlider';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Toggle } from '../../components/Toggle';
import { optionLabel, stepOf, symbolOf, type ChoiceParam, type Param, type Schema, type StateOf } from './params';

type Set<S extends Schema> = (patch: Partial<StateOf<S>>) => void;

/** The colour a parameter's control and its terms wear. */
export const colorOf = (param: Param): string | undefined => param.color ?? (param.term ? `var(--c-${param.term})` : undefined);

// Option lists are built once per parameter, so a choice group's props stay equal between steps
// and it does not re-render (see stableControl).
const optionCache = new WeakMap<ChoiceParam, { value: string; label: string }[]>();
function optionsOf(param: ChoiceParam) {
  let options = optionCache.get(param);
  if (!options) {
    options = param.options.map((value) => ({ value, label: optionLabel(param, value) }));
    optionCache.set(param, options);
  }
  return options;
}

/** One control for one parameter, of the kind its definition asks for. */
export function ParamControl<S extends Schema>({ name, param, value, set }: { name: keyof S & string; param: Param; value: unknown; set: Set<S> }) {
  const label = param.label ?? name;
  const onChange = (next: unknown) => set({ [name]: next } as Partial<StateOf<S>>);
  switch (param.kind) {
    case 'choice':
      return <ChoiceGroup legend={label} options={optionsOf(param)} value={value as string} onChange={onChange} />;
    case 'bool':
      return <Toggle label={label} checked={value as boolean} onChange={onChange} />;
    case 'text':
      // Free text has an editor of the widget's own (a sentence field, a drawing grid).
      return null;
    default:
      if (param.scale === 'log10') {
        return <LogSlider label={label} symbol={symbolOf(param, name)} value={value as number} min={param.min} max={param.max} exponentStep={stepOf(param)} color={colorOf(param)} onChange={onChange} />;
      }
      return (
        <Slider
          label={label}
          value={value as number}
          min={param.min}
          max={param.max}
          step={stepOf(param)}
          scale={param.scale === 'log2' ? 'log2' : 'linear'}
          format={param.format}
          color={colorOf(param)}
          onChange={onChange}
        />
      );
  }
}

export interface ParamControlsProps<S extends Schema> {
  schema: S;
  state: StateOf<S>;
  set: Set<S>;
  /** Which parameters, in order (default: every parameter with a label, in schema order). */
  keys?: readonly (keyof S & string)[];
}

/** Controls for a widget's parameters, drawn from their definitions. */
function ParamControlsView<S extends Schema>({ schema, state, set, keys }: ParamControlsProps<S>) {
  const shown = keys ?? (Object.keys(schema).filter((key) => schema[key].label !== undefined) as (keyof S & string)[]);
  if (shown.length === 0) return null;
  return (
    <div className="nn-controls-grid">
      {shown.map((key) => (
        <ParamControl<S> key={key} name={key} param={schema[key]} value={state[key]} set={set} />
      ))}
    </div>
  );
}

export const ParamControls = memo(ParamControlsView) as typeof ParamControlsView;
