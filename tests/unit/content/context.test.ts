import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createContentContext } from '../../../src/content/context';

describe('createContentContext: the reload notice', () => {
  let idle: IdleRequestCallback[];
  beforeEach(() => {
    vi.useFakeTimers();
    idle = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  const idleNow = () => {
    for (const callback of idle.splice(0)) callback({ didTimeout: false, timeRemaining: () => 50 });
  };

  it('is read ahead, at the first idle moment, by the outermost dashboard frame that shows it', () => {
    const getMessage = vi.spyOn(chrome.i18n, 'getMessage');
    createContentContext();
    expect(getMessage).not.toHaveBeenCalled();
    idleNow();
    expect(getMessage).toHaveBeenCalledWith('notice_reloadText', expect.anything());
  });

  it('is never read by a frame whose same-origin parent shows it (each read fetches the message bundle)', () => {
    // A same-origin parent: its document is readable.
    vi.spyOn(window, 'parent', 'get').mockReturnValue({ document } as unknown as Window & typeof globalThis);
    const getMessage = vi.spyOn(chrome.i18n, 'getMessage');
    createContentContext();
    idleNow();
    expect(getMessage).not.toHaveBeenCalled();
  });
});
