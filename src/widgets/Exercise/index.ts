export { default } from './Exercise';
