export { default } from './ReactiveNumber';
/** A number inside a sentence: the island must be inline. */
export const inline = true;
