export { default } from './LayerIsMatrix';
