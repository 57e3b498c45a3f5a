import { choice, text, type StateOf } from '../shared/params';

export const DEFAULT_SENTENCE = 'the cat sat on the mat';
export const MAX_CHARS = 200;
export const MAX_TOKENS = 32;
export const SHOWN_DIMS = 8;

export const params = {
  sentence: text(DEFAULT_SENTENCE, { maxLength: MAX_CHARS }),
  dims: choice(['8', '300', '768'] as const, '8', {
    label: 'd (embedding size)',
    labels: { '8': '8 (toy)', '300': '300 (Word2Vec, GloVe)', '768': '768 (BERT-size transformer)' },
  }),
};

export type TextState = StateOf<typeof params>;
