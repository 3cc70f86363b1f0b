import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { WELCOME_PAGE, welcomeOnInstall } from '../../../src/background/welcome';

// The browser test (tests/e2e/welcome.spec.ts) loads the extension fresh and sees the tab open.
describe('the welcome on first install', () => {
  it('opens the options page with its welcome on a first install, once', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    await welcomeOnInstall({ reason: 'install' });
    expect(create).toHaveBeenCalledExactlyOnceWith({ url: browser.runtime.getURL('src/options/index.html?welcome') });
    expect(WELCOME_PAGE).toBe('src/options/index.html?welcome');

    // Chrome says "install" again when it restarts with an unpacked extension from its command line.
    await welcomeOnInstall({ reason: 'install' });
    expect(create).toHaveBeenCalledOnce();
  });

  it('opens nothing on an update (a reload of the extension is one), a Chrome update or a shared module update', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update']) await welcomeOnInstall({ reason });
    expect(create).not.toHaveBeenCalled();
  });
});
