import { choice } from '../shared/params';

/**
 * The embedding size in the address; the sentence itself stays in the component (free text is
 * not a schema kind), starting from "the cat sat on the mat".
 */
export const textSchema = {
  dims: choice(['8', '300', '768'] as const, '8'),
};

export const DEFAULT_SENTENCE = 'the cat sat on the mat';
export const MAX_CHARS = 200;
export const MAX_TOKENS = 32;
export const SHOWN_DIMS = 8;

export const dimLabels = {
  '8': '8 (toy)',
  '300': '300 (Word2Vec, GloVe)',
  '768': '768 (BERT-size transformer)',
} as const;
