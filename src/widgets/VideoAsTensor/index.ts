export { default } from './VideoAsTensor';
