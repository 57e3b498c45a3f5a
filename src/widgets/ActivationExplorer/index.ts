export { default } from './ActivationExplorer';
