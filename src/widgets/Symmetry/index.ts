export { default } from './Symmetry';
