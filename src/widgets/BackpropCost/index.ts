export { default } from './BackpropCost';
