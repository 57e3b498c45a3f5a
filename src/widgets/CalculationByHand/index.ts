export { default } from './CalculationByHand';
