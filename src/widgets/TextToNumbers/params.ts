import { choice, type StateOf } from '../shared/params';

export const DEFAULT_SENTENCE = 'the cat sat on the mat';
export const MAX_CHARS = 200;
export const MAX_TOKENS = 32;
export const SHOWN_DIMS = 8;

/**
 * Free text has no parameter kind, so the sentence is a choice whose options admit every string
 * of at most MAX_CHARS characters (code points): it is bounded like any parameter, travels in the
 * address and a copied link, and Reset restores it.
 */
class Sentences extends Array<string> {
  override includes(text: unknown): boolean {
    return typeof text === 'string' && Array.from(text).length <= MAX_CHARS;
  }
}

export const params = {
  sentence: choice<string>(Sentences.from([DEFAULT_SENTENCE]), DEFAULT_SENTENCE),
  dims: choice(['8', '300', '768'] as const, '8', {
    label: 'd (embedding size)',
    labels: { '8': '8 (toy)', '300': '300 (Word2Vec, GloVe)', '768': '768 (BERT-size transformer)' },
  }),
};

export type TextState = StateOf<typeof params>;
