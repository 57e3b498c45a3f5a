import { useState } from 'react';
import { Button } from '../../components/Button';
import { copyText } from './copyText';

export interface CodeSnippets {
  numpy: string;
  pytorch: string;
}

/** "In code": the widget's current state as a few lines of NumPy and PyTorch, live and copyable. */
export function CodePanel({ code }: { code: CodeSnippets }) {
  const [copied, setCopied] = useState('');
  const copy = async (label: string, text: string) => {
    setCopied((await copyText(text)) ? `${label} copied` : `Select the ${label} code to copy it`);
  };
  return (
    <details className="nn-code-panel nn-print-hide">
      <summary>In code</summary>
      {(['numpy', 'pytorch'] as const).map((lang) => {
        const label = lang === 'numpy' ? 'NumPy' : 'PyTorch';
        return (
          <div key={lang} className="nn-code-panel__block">
            <div className="nn-code-panel__head">
              <span>{label}</span>
              <Button onClick={() => void copy(label, code[lang])}>Copy {label}</Button>
            </div>
            {/* Focusable so a keyboard can scroll it; a region, as a <pre> may not carry a name of its own. */}
            <pre tabIndex={0} role="region" aria-label={`${label} code`}>
              <code>{code[lang]}</code>
            </pre>
          </div>
        );
      })}
      <p className="nn-code-panel__status" role="status">
        {copied}
      </p>
    </details>
  );
}
