export { default } from './NeuronsToFunctions';
