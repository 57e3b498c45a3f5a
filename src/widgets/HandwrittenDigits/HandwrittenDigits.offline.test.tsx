import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import HandwrittenDigits from './HandwrittenDigits';

// Its own file: the figure's files are loaded once per page (module), and here they never arrive.
beforeAll(() => {
  vi.stubGlobal('fetch', async () => new Response(null, { status: 503 }));
});
afterAll(() => vi.unstubAllGlobals());

describe('HandwrittenDigits when its files cannot be loaded', () => {
  it('says so in words, keeps the drawing and its preprocessing, and offers no training', async () => {
    const { container } = render(<HandwrittenDigits id="offline" />);
    await waitFor(() => expect(screen.getByText(/The digits could not be loaded: .*HTTP 503.*Reload the page/)).toBeTruthy(), { timeout: 10_000 });
    expect(screen.getByRole('status', { name: 'Prediction' }).textContent).toBe('no network yet');
    expect(screen.getByRole('status', { name: 'ink box' }).textContent).toMatch(/^\d+ × \d+$/);
    expect(screen.getByRole('button', { name: 'Train from scratch' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Sample a test digit' })).toHaveProperty('disabled', true);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  }, 30_000);
});
