export { default } from './FeedForward';
