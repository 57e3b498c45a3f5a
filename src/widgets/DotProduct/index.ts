export { default } from './DotProduct';
