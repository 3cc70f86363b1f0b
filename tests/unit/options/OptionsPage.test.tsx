import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../src/options/OptionsPage';
import { useOptionsStore } from '../../../src/options/options-store';
import { sendMessage } from '../../../src/shared/messaging';
import { deferred, ok, TEST_APP } from '../popup/backend';
import { useLocale } from '../support/fake-i18n';

vi.mock('../../../src/shared/messaging', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage) as unknown as ReturnType<typeof vi.fn>;
const credentials = { appId: TEST_APP.appId, apiToken: 'token', apiHost: '', integrationToken: '' };

/** The answer to each type of message, pending until the test settles it. */
let answers: Map<string, ReturnType<typeof deferred<unknown>>>;
const asked = (type: string) => send.mock.calls.filter(([sent]) => sent === type).length;

beforeEach(() => {
  useOptionsStore.setState(useOptionsStore.getInitialState(), true);
  answers = new Map();
  send.mockImplementation((type: string) => {
    if (type === 'settings.get') return Promise.resolve(ok({ credentials }));
    const answer = deferred<unknown>();
    answers.set(type, answer);
    return answer.promise;
  });
});
afterEach(() => send.mockReset());

// The focus follows Chromium here (tests/unit/setup.ts): a disabled button that has it drops it to <body>.
describe('the settings buttons keep the focus while their work runs, and ignore presses meanwhile', () => {
  for (const [name, type, answer] of [
    ['Test connection', 'connection.test', ok({ connected: true, host: 'api.sendbird.com', templatesFound: true })],
    ['Save', 'settings.save', ok({ credentials })],
  ] as const) {
    it(name, async () => {
      const user = userEvent.setup();
      render(<OptionsPage />);
      await act(async () => {});
      const button = screen.getByRole('button', { name });
      act(() => button.focus());
      await user.keyboard('{Enter}');
      expect(asked(type)).toBe(1);
      expect(document.activeElement).toBe(screen.getByRole('button', { name: name === 'Test connection' ? 'Testing…' : name }));
      expect(document.activeElement?.getAttribute('aria-disabled')).toBe('true');
      await user.keyboard('{Enter}');
      expect(asked(type)).toBe(1);
      await act(async () => answers.get(type)!.resolve(answer));
      expect(document.activeElement).toBe(screen.getByRole('button', { name }));
      expect(document.activeElement?.getAttribute('aria-disabled')).toBe('false');
    });
  }

  it('Clear, once the question is answered', async () => {
    const user = userEvent.setup();
    render(<OptionsPage />);
    await act(async () => {});
    const clear = screen.getByRole('button', { name: 'Clear' });
    await user.click(clear);
    await user.click(screen.getByRole('button', { name: 'Remove all' }));
    expect(asked('settings.clear')).toBe(1);
    expect(document.activeElement).toBe(clear);
    expect(clear.getAttribute('aria-disabled')).toBe('true');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('button', { name: 'Remove all' })).toBeNull();
    await act(async () => answers.get('settings.clear')!.resolve(ok({})));
    expect(document.activeElement).toBe(clear);
  });
});

describe('the lede: two sentences, spaced as the UI language writes them', () => {
  for (const [locale, language, expected] of [
    ['en', 'en-US', 'campaigns and journeys. Find the App ID'],
    ['ko', 'ko', '사용할 수 있습니다. App ID와'],
    ['ja', 'ja', '使えるようになります。App ID と'],
  ] as const) {
    it(locale, async () => {
      const stop = useLocale(locale, language);
      try {
        render(<OptionsPage />);
        await act(async () => {});
        expect(document.querySelector('.lede')?.textContent).toContain(expected);
      } finally {
        stop();
      }
    });
  }
});
