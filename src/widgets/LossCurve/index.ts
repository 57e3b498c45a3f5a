export { default } from './LossCurve';
