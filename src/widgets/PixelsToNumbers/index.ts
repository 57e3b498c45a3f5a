export { default } from './PixelsToNumbers';
