import { useMemo, useState } from 'react';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { LiveMath } from '../../components/LiveMath';
import { ScrollBox } from '../../components/ScrollBox';
import { formatNumber } from '../../components/format';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Readout } from '../shared/Readout';
import { useWidgetState } from '../shared/useWidgetState';
import { sym } from '../shared/liveTex';
import type { WidgetProps } from '../registry';
import { DEFAULT_SENTENCE, MAX_CHARS, MAX_TOKENS, SHOWN_DIMS, dimLabels, textSchema } from './textState';
import { tokenize, toyEmbedding } from './textMath';
import { textCode } from './textCode';
import './text.css';

const dimOptions = (['8', '300', '768'] as const).map((value) => ({ value, label: dimLabels[value] }));
const cellColor = (v: number) =>
  `color-mix(in srgb, ${v >= 0 ? 'var(--c-w)' : 'var(--c-b)'} ${Math.round(Math.min(1, Math.abs(v)) * 45)}%, transparent)`;

/** Chapter 2: a sentence becomes tokens, and each token a vector from a toy embedding table. */
export default function TextToNumbers({ id }: WidgetProps) {
  const [s, set, reset] = useWidgetState(id, textSchema);
  const [sentence, setSentence] = useState(DEFAULT_SENTENCE);
  const dims = Number(s.dims);
  const { tokens, truncated } = useMemo(() => tokenize(sentence), [sentence]);
  const rows = useMemo(() => tokens.map((t) => toyEmbedding(t, dims)), [tokens, dims]);
  const n = tokens.length;
  const shape = `${n} × ${dims}`;
  const total = (n * dims).toLocaleString('en-US');
  const tex = `${sym('x', '\\text{tokens}')} \\times ${sym('w', 'd')} = ${sym('x', String(n))} \\times ${sym('w', String(dims))} = ${sym('z', total.replace(/,/g, '{,}'))}\\ \\text{numbers}`;

  return (
    <WidgetFrame
      id={id}
      caption="Text to numbers"
      description="Type a sentence: it is cut into tokens, and each token is looked up as a vector of numbers."
      schema={textSchema}
      state={s}
      onReset={() => {
        reset();
        setSentence(DEFAULT_SENTENCE);
      }}
      code={textCode(sentence.slice(0, MAX_CHARS), n, dims)}
      announce={`${n} tokens, each ${dims} numbers: a ${shape} matrix.`}
      equation={
        <div className="nn-text-equation">
          <LiveMath display tex={tex} />
          <Readout
            items={[
              { label: 'tokens', value: String(n), color: 'var(--c-x)' },
              { label: 'dimensions', value: String(dims), color: 'var(--c-w)' },
              { label: 'matrix shape', value: shape },
              { label: 'numbers', value: total, color: 'var(--c-z)' },
            ]}
          />
          <p className="nn-text-note">
            These vectors come from a toy table (each token hashed to a seed, numbers drawn between −1 and 1). Real embeddings
            have 300 (Word2Vec, GloVe) or 768 (BERT-size transformers) numbers, and they are learned so that related words get
            similar vectors.
          </p>
        </div>
      }
      controls={
        <>
          <label className="nn-text-field">
            <span>Sentence</span>
            <input type="text" value={sentence} maxLength={MAX_CHARS} spellCheck={false} onChange={(e) => setSentence(e.target.value)} />
          </label>
          <ChoiceGroup legend="d (embedding size)" options={dimOptions} value={s.dims} onChange={(v) => set({ dims: v })} />
        </>
      }
    >
      {truncated ? (
        <p className="nn-text-note nn-text-note--warn" role="note">
          Only the first {MAX_CHARS} characters and {MAX_TOKENS} tokens are used here.
        </p>
      ) : null}
      <ul className="nn-text-chips" aria-label="Tokens">
        {tokens.map((t, i) => (
          <li key={i} className="nn-text-chip">{t}</li>
        ))}
      </ul>
      {n === 0 ? <p className="nn-text-note">Type some words to see their vectors.</p> : null}
      <ScrollBox label={`Embedding matrix, ${shape}`}>
        <table className="nn-text-table">
          <caption className="nn-visually-hidden">
            Each token&apos;s vector: the first {Math.min(SHOWN_DIMS, dims)} of {dims} numbers
          </caption>
          <thead>
            <tr>
              <th scope="col">token</th>
              {Array.from({ length: Math.min(SHOWN_DIMS, dims) }, (_, j) => (
                <th scope="col" key={j}>{j + 1}</th>
              ))}
              {dims > SHOWN_DIMS ? <th scope="col">…</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <th scope="row">{tokens[i]}</th>
                {Array.from(row.slice(0, SHOWN_DIMS), (v, j) => (
                  <td key={j} style={{ background: cellColor(v) }}>{formatNumber(v, 2)}</td>
                ))}
                {dims > SHOWN_DIMS ? <td className="nn-text-more">+{dims - SHOWN_DIMS} more</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </WidgetFrame>
  );
}
