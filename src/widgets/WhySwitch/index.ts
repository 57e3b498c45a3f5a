export { default } from './WhySwitch';
