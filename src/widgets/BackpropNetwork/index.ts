export { default } from './BackpropNetwork';
