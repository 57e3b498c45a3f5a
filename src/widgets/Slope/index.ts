export { default } from './Slope';
