import { describe, expect, it, vi } from 'vitest';
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { NumberField } from './NumberField';

describe('NumberField before and after hydration', () => {
  it('prerenders the value as text, no <input>, and becomes a labelled input once live', async () => {
    const field = <NumberField label="w1" value={-0.25} onCommit={() => {}} />;
    const html = renderToString(field);
    expect(html).not.toContain('<input');
    const host = document.createElement('div');
    host.innerHTML = html;
    document.body.append(host);
    expect(host.textContent).toContain('−0.25');
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(host, field, { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    const input = host.querySelector('input');
    expect(input?.value).toBe('−0.25');
    expect(host.querySelector(`label[for="${input?.id}"]`)?.textContent).toBe('w1');
    host.remove();
  });
});
