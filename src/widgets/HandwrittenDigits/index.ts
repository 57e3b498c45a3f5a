export { default } from './HandwrittenDigits';
