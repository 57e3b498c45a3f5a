export { default } from './BackpropByHand';
