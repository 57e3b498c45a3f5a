export { default } from './LayerWithBias';
