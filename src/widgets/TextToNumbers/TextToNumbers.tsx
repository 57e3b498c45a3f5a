import { defineWidget, type PartProps } from '../shared/defineWidget';
import { ParamControl } from '../shared/ParamControls';
import { MAX_CHARS, MAX_TOKENS, params, type TextState } from './params';
import { tokenize, toyEmbedding } from './textMath';
import { textTex } from './textTex';
import { textCode } from './textCode';
import { EmbeddingTable } from './EmbeddingTable';
import './text.css';

const FIRST_IDS = 8;

function derive(s: TextState) {
  const d = Number(s.dims);
  const { tokens, ids, truncated } = tokenize(s.sentence);
  return { d, tokens, ids, truncated, rows: tokens.map((t) => toyEmbedding(t, d)), shape: `${tokens.length} × ${d}` };
}
type Part = PartProps<typeof params, ReturnType<typeof derive>>;

/**
 * The sentence field, then d: the sentence comes first, so the generated controls are taken over.
 * A longer paste keeps its first MAX_CHARS characters (code points, not halves of an emoji).
 */
function SentenceControls({ v, set }: Part) {
  return (
    <>
      <label className="nn-text-field">
        <span>Sentence</span>
        <input type="text" value={v.sentence} maxLength={MAX_CHARS} spellCheck={false} onChange={(e) => set({ sentence: Array.from(e.target.value).slice(0, MAX_CHARS).join('') })} />
      </label>
      <ParamControl name="dims" param={params.dims} value={v.dims} set={set} />
    </>
  );
}

function Tokens({ v }: Part) {
  return (
    <>
      {v.truncated ? (
        <p className="nn-text-note nn-text-note--warn" role="note">
          Only the first {MAX_CHARS} characters and {MAX_TOKENS} tokens are used here.
        </p>
      ) : null}
      <ul className="nn-text-chips" aria-label="Tokens">
        {v.tokens.map((t, i) => (
          <li key={i} className="nn-text-chip">{t}</li>
        ))}
      </ul>
      {v.tokens.length === 0 ? <p className="nn-text-note">Type some words to see their vectors.</p> : null}
      <EmbeddingTable tokens={v.tokens} ids={v.ids} rows={v.rows} dims={v.d} />
    </>
  );
}

/** Chapter 2: a sentence becomes tokens, each token an id, and each id a row of a toy embedding table. */
export default defineWidget({
  caption: 'Text to numbers',
  description: 'Type a sentence: it is cut into tokens, and each token is looked up as a vector of numbers.',
  params,
  derive,
  equations: (v) => [textTex(v.tokens.length, v.d)],
  readouts: (v) => [
    { label: 'tokens', value: String(v.tokens.length), color: 'var(--c-x)' },
    { label: 'dimensions', value: String(v.d), color: 'var(--c-w)' },
    { label: 'matrix shape', value: v.shape },
    { label: 'numbers', value: (v.tokens.length * v.d).toLocaleString('en-US'), color: 'var(--c-z)' },
    { label: 'token ids', value: `${v.ids.slice(0, FIRST_IDS).join(', ')}${v.ids.length > FIRST_IDS ? ', …' : ''}` },
  ],
  code: (v) => textCode(v.sentence, v.d),
  announce: (v) => `${v.tokens.length} tokens, each ${v.d} numbers: a ${v.shape} matrix.`,
  Aside: () => (
    <p className="nn-text-note">
      These vectors come from a toy table (each token hashed to a seed, numbers drawn between −1 and 1). Real embeddings have 300
      (Word2Vec, GloVe) or 768 (BERT-size transformers) numbers, and they are learned so that related words get similar vectors.
    </p>
  ),
  controls: [],
  Controls: SentenceControls,
  View: Tokens,
});
