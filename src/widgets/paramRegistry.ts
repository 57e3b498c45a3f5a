import { kebabCase } from './registry';
import type { IntParam, NumberParam, Schema } from './shared/params';

// Every widget's parameters (its `params.ts`), by the widget's default instance id: what a number
// in the prose (<ReactiveNumber of="calculation-by-hand.w1" />) and the content check read.
const modules = import.meta.glob<{ params: Schema }>('./*/params.ts', { eager: true });

export const paramsById: ReadonlyMap<string, Schema> = new Map(
  Object.entries(modules).map(([path, module]) => [kebabCase(path.split('/')[1]), module.params]),
);

export type ParamRef = { widget: string; name: string; param: NumberParam | IntParam };

/** "calculation-by-hand.w1" → that widget's number parameter w1, or a sentence saying why not. */
export function resolveParam(ref: string): ParamRef | { error: string } {
  const dot = ref.lastIndexOf('.');
  const widget = ref.slice(0, dot);
  const key = ref.slice(dot + 1);
  const schema = dot > 0 ? paramsById.get(widget) : undefined;
  if (!schema) return { error: `no widget "${widget}" with parameters (known: ${[...paramsById.keys()].join(', ')})` };
  if (!Object.prototype.hasOwnProperty.call(schema, key)) return { error: `${widget} has no parameter "${key}" (it has ${Object.keys(schema).join(', ')})` };
  const param = schema[key];
  if (param.kind !== 'number' && param.kind !== 'int') return { error: `${widget}.${key} is a ${param.kind}, not a number` };
  return { widget, name: key, param };
}
