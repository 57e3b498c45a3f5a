export { default } from './NeuronAnatomy';
