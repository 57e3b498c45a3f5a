export { default } from './SoundToNumbers';
