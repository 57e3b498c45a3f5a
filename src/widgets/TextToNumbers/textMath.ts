import { createRng, fillUniform } from '../../core';
import { MAX_CHARS, MAX_TOKENS } from './textState';

export interface Tokenized {
  tokens: string[];
  /** The input was cut at MAX_CHARS characters or MAX_TOKENS tokens. */
  truncated: boolean;
}

/**
 * A toy tokenizer: lower case, words (letters, digits, apostrophes) and every other visible
 * symbol (punctuation, emoji) as its own token.
 */
export function tokenize(text: string): Tokenized {
  const chars = Array.from(text);
  const clipped = chars.length > MAX_CHARS;
  const source = chars.slice(0, MAX_CHARS).join('').toLowerCase();
  const all = source.match(/[\p{L}\p{N}\p{M}']+|[^\s\p{L}\p{N}\p{M}']/gu) ?? [];
  return { tokens: all.slice(0, MAX_TOKENS), truncated: clipped || all.length > MAX_TOKENS };
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
