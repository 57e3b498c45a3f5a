import type { CodeSnippets } from '../shared/CodePanel';
import { pyInt } from '../shared/python';
import { MAX_TOKENS } from './params';

/** A Python string literal: JSON's escapes (\", \\, \n, \uXXXX) are Python's too. */
const pyString = (s: string) => JSON.stringify(s);

/** The figure's tokenizer, letter for letter, in Python (see textMath's tokenize). */
const tokenizer = [
  'def tokenize(text):',
  '    # a word: letters, digits, marks, apostrophes; any other visible symbol alone; spaces separate',
  '    tokens, word = [], ""',
  '    for ch in text.lower():',
  '        kind = unicodedata.category(ch)[0]',
  '        if kind in "LNM" or ch == "\'":',
  '            word += ch',
  '            continue',
  '        if word:',
  '            tokens.append(word)',
  '            word = ""',
  '        if kind not in "ZC":',
  '            tokens.append(ch)',
  '    return tokens + [word] if word else tokens',
];

/** The sentence as tokens, ids and rows of a table; prints the ids and the matrix's shape. */
export function textCode(sentence: string, dims: number): CodeSnippets {
  return {
    numpy: [
      'import unicodedata',
      'import numpy as np',
      '',
      ...tokenizer,
      '',
      `tokens = tokenize(${pyString(sentence)})[:${pyInt(MAX_TOKENS)}]`,
      'vocab = {}',
      'ids = [vocab.setdefault(t, len(vocab)) for t in tokens]  # a repeated token keeps its id',
      '# A random table, learned in practice; the figure draws its toy numbers from its own generator.',
      `table = np.random.default_rng(0).uniform(-1, 1, (len(vocab), ${pyInt(dims)}))`,
      'X = table[ids]  # one row per token',
      'print("ids =", ids)',
      'print("shape =", X.shape)',
      'print("numbers =", X.size)',
    ].join('\n'),
    pytorch: [
      'import torch',
      'from transformers import AutoTokenizer, AutoModel',
      '',
      '# A real tokenizer cuts words into its own pieces, so its tokens and ids differ from the toy ones.',
      'tok = AutoTokenizer.from_pretrained("bert-base-uncased")',
      'model = AutoModel.from_pretrained("bert-base-uncased")',
      `ids = tok(${pyString(sentence)}, return_tensors="pt")["input_ids"]`,
      'X = model.embeddings.word_embeddings(ids)  # shape (1, tokens, 768)',
      'print("ids =", ids.tolist())',
      'print("shape =", tuple(X.shape))',
    ].join('\n'),
  };
}
