export { default } from './TextToNumbers';
