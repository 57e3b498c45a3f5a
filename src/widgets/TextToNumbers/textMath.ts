import { createRng, fillUniform } from '../../core';
import { MAX_TOKENS } from './params';

export interface Tokenized {
  tokens: string[];
  /** One id per token: its place in the sentence's vocabulary, in order of first appearance. */
  ids: number[];
  /** The sentence had more than MAX_TOKENS tokens. */
  truncated: boolean;
}

/**
 * A toy tokenizer, lower case: a word is a run of letters, digits, marks and apostrophes; every
 * other visible symbol (punctuation, emoji) is a token of its own; separators and invisible
 * characters (spaces, tabs, joiners) only separate. The snippets write the same rule with
 * Python's unicodedata categories (L, N, M; Z, C).
 */
export function tokenize(text: string): Tokenized {
  const all = text.toLowerCase().match(/[\p{L}\p{N}\p{M}']+|[^\p{L}\p{N}\p{M}'\p{Z}\p{C}]/gu) ?? [];
  const tokens = all.slice(0, MAX_TOKENS);
  const vocabulary = new Map<string, number>();
  const ids = tokens.map((t) => {
    if (!vocabulary.has(t)) vocabulary.set(t, vocabulary.size);
    return vocabulary.get(t)!;
  });
  return { tokens, ids, truncated: all.length > MAX_TOKENS };
}

/** FNV-1a 32-bit hash of a token's UTF-16 code units: the toy table's seed. */
export function hashToken(token: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    h ^= token.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The toy embedding of a token: `dims` numbers in [−1, 1), the same every time for the same token. */
export function toyEmbedding(token: string, dims: number): Float64Array {
  return fillUniform(createRng(hashToken(token)), new Float64Array(dims), -1, 1);
}
