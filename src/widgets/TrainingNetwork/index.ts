export { default } from './TrainingNetwork';
