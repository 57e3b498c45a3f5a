export { default } from './GradientDescent';
