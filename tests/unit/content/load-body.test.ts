import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BODY_RETRY_AFTER_MS, loadBody, type ContentBody } from '../../../src/content/load-body';
import { t } from '../../../src/shared/i18n';

const notice = () => document.querySelector('[data-sendbird-start-notice]')?.shadowRoot?.querySelector('[role="alert"]');

describe('loadBody: the content script body, imported after the page has loaded', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  const body = () => ({ start: vi.fn() }) as unknown as ContentBody & { start: ReturnType<typeof vi.fn> };

  it('starts the body once it is imported', async () => {
    const loaded = body();
    const importBody = vi.fn(() => Promise.resolve(loaded));
    loadBody(importBody);
    await vi.runAllTimersAsync();
    expect(importBody).toHaveBeenCalledTimes(1);
    expect(loaded.start).toHaveBeenCalledTimes(1);
    expect(notice()).toBeFalsy();
  });

  it('tries a failed import again, and starts the body that arrives', async () => {
    const loaded = body();
    const importBody = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module')).mockResolvedValue(loaded);
    loadBody(importBody);
    await vi.advanceTimersByTimeAsync(BODY_RETRY_AFTER_MS[0] - 1);
    expect(importBody).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(importBody).toHaveBeenCalledTimes(2);
    expect(loaded.start).toHaveBeenCalledTimes(1);
    await vi.runAllTimersAsync();
    expect(notice()).toBeFalsy();
  });

  it('says so on the page, with Reload page and Dismiss, when every attempt fails', async () => {
    const importBody = vi.fn(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    loadBody(importBody);
    await vi.advanceTimersByTimeAsync(BODY_RETRY_AFTER_MS.reduce((total, wait) => total + wait, 0));
    expect(importBody).toHaveBeenCalledTimes(BODY_RETRY_AFTER_MS.length + 1);
    const alert = notice();
    expect(alert?.textContent).toContain(t('notice_startFailed'));
    const buttons = [...(alert?.querySelectorAll('button') ?? [])];
    expect(buttons.map((button) => button.textContent)).toContain(t('notice_reloadPage'));
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toContain(t('notice_dismiss'));
    // Bounded: nothing more is tried.
    await vi.runAllTimersAsync();
    expect(importBody).toHaveBeenCalledTimes(BODY_RETRY_AFTER_MS.length + 1);
  });

  it('leaves the notice to the outermost dashboard frame', async () => {
    vi.spyOn(window, 'parent', 'get').mockReturnValue({ document } as unknown as Window & typeof globalThis);
    loadBody(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await vi.runAllTimersAsync();
    expect(notice()).toBeFalsy();
  });

  it('imports nothing once the extension that injected it is gone', async () => {
    vi.spyOn(chrome.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    const importBody = vi.fn(() => Promise.resolve(body()));
    loadBody(importBody);
    await vi.runAllTimersAsync();
    expect(importBody).not.toHaveBeenCalled();
  });
});
