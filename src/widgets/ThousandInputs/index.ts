export { default } from './ThousandInputs';
