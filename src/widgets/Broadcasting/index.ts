export { default } from './Broadcasting';
