import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { WebhookFill } from '../../../src/popup/WebhookFill';
import { sendMessage } from '../../../src/shared/messaging';
import { deferred, ok } from './backend';

vi.mock('../../../src/shared/messaging', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage) as unknown as ReturnType<typeof vi.fn>;
afterEach(() => send.mockReset());

// The focus follows Chromium here (tests/unit/setup.ts): a disabled button that has it drops it to <body>.
it('the fill button keeps the focus while it fills the tab, and ignores presses meanwhile', async () => {
  vi.spyOn(chrome.tabs, 'query').mockImplementation((async () => [{ id: 7 }]) as never);
  const filled = deferred<unknown>();
  send.mockReturnValue(filled.promise);
  const user = userEvent.setup();
  render(<WebhookFill />);
  const button = screen.getByRole('button', { name: 'Fill the Sendbird webhook form in this tab' });
  act(() => button.focus());
  await user.keyboard('{Enter}');
  expect(send).toHaveBeenCalledTimes(1);
  expect(document.activeElement).toBe(button);
  expect(button.getAttribute('aria-disabled')).toBe('true');
  await user.keyboard('{Enter}');
  expect(send).toHaveBeenCalledTimes(1);
  await act(async () => filled.resolve(ok({ outcome: 'filled', name: 'Sendbird' })));
  expect(screen.getByRole('status').textContent).toContain('Sendbird');
  expect(document.activeElement).toBe(button);
  expect(button.getAttribute('aria-disabled')).toBe('false');
});
