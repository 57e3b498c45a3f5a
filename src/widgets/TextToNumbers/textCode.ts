import type { CodeSnippets } from '../shared/CodePanel';

const pyString = (s: string) => JSON.stringify(s);

export function textCode(sentence: string, tokens: number, dims: number): CodeSnippets {
  return {
    numpy: [
      'import numpy as np',
      '',
      `sentence = ${pyString(sentence)}`,
      'tokens = sentence.lower().split()',
      'vocab = {t: i for i, t in enumerate(sorted(set(tokens)))}',
      `table = np.random.default_rng(0).uniform(-1, 1, (len(vocab), ${dims}))  # learned in practice`,
      `X = table[[vocab[t] for t in tokens]]  # shape (${tokens}, ${dims})`,
    ].join('\n'),
    pytorch: [
      'import torch',
      'from transformers import AutoTokenizer, AutoModel',
      '',
      'tok = AutoTokenizer.from_pretrained("bert-base-uncased")',
      'model = AutoModel.from_pretrained("bert-base-uncased")',
      `ids = tok(${pyString(sentence)}, return_tensors="pt")["input_ids"]`,
      'X = model.embeddings.word_embeddings(ids)  # shape (1, tokens, 768)',
      `# toy version here: ${tokens} tokens × ${dims} numbers`,
    ].join('\n'),
  };
}
