import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { showUpdateNotice } from './updateNotice';

describe('the new-version notice', () => {
  it('is a polite status with a Reload button the keyboard reaches, and can be dismissed', async () => {
    const reload = vi.fn();
    const notice = showUpdateNotice(reload);
    const status = await waitFor(() => screen.getByRole('status'));
    await waitFor(() => expect(status.textContent).toContain('A new version of the essay is ready.'));
    expect(document.activeElement).toBe(document.body);
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reload' }));
    await user.keyboard('{Enter}');
    expect(reload).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(notice.isConnected).toBe(false);
  });
});
