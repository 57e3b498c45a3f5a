export { default } from './SpreadIsNotARange';
