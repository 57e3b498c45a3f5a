export { default } from './NeuronPlayground';
