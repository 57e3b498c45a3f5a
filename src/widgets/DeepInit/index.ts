export { default } from './DeepInit';
