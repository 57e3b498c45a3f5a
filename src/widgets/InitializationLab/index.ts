export { default } from './InitializationLab';
