import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { newWebhookCampaign, openEditor, picker } from './support/clevertap';

/**
 * Attack: a page script steers our content script into making the service
 * worker call Sendbird with the API token: a planted template key (`..`
 * resolves /templates/.. to /v3/notifications/), a key that is not in the
 * catalogue, or a burst of synthetic clicks on the picker's Refresh.
 */
const TEMPLATES_PATH = '/v3/notifications/templates';

/** What a page script does to the editor it owns: types rows into its key-value inputs, as React sees typing. */
async function plantRows(page: Page, rows: [string, string][]): Promise<void> {
  await page.evaluate(async (wanted) => {
    const dialog = [...document.querySelectorAll('[role="dialog"]')].find((element) => element.getAttribute('aria-label') === 'Create Webhook Content' || element.querySelector('h2,h3')?.textContent === 'Create Webhook Content')!;
    const setValue = (input: HTMLInputElement, value: string) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const inputs = (name: string) => [...dialog.querySelectorAll<HTMLInputElement>(`input[placeholder="${name}"]`)];
    for (let index = 0; index < wanted.length; index++) {
      while (inputs('Key').length <= index) {
        [...dialog.querySelectorAll('button')].find((button) => button.textContent?.includes('Key-Value Pair'))!.click();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      setValue(inputs('Key')[index]!, wanted[index]![0]);
      setValue(inputs('Value')[index]!, wanted[index]![1]);
    }
  }, rows);
}

/** Every Sendbird request the service worker made, apart from the template list itself. */
const otherThanList = (requests: { path: string }[]) => requests.filter((request) => request.path !== TEMPLATES_PATH);

for (const planted of ['..', 'not_in_this_app']) {
  test(`a template key planted in the editor ("${planted}") never becomes a Sendbird request`, async ({ context, sendbird, saveCredentials }) => {
    await saveCredentials();
    const page = await context.newPage();
    await newWebhookCampaign(page);
    const editor = await openEditor(page);
    const region = picker(editor);
    await expect(region).toContainText('28 templates');
    await plantRows(page, [
      ['payload_version', '1'],
      ['template_key', planted],
      ['receiver', '@Profile - SendbirdID'],
      ['event_name', 'Planted'],
    ]);
    // The picker reads the planted payload back and says the template is not one it can show.
    await expect(region.getByRole('combobox', { name: 'Template' })).toBeVisible();
    await expect(region).toContainText(/not in your Sendbird app|could not|not a template/i, { timeout: 15_000 });
    expect(otherThanList(sendbird.requests)).toEqual([]);
  });
}

test('synthetic clicks on Refresh make no Sendbird request; a real click still refreshes', async ({ context, sendbird, saveCredentials }) => {
  await saveCredentials();
  const page = await context.newPage();
  await newWebhookCampaign(page);
  const region = picker(await openEditor(page));
  await expect(region).toContainText('28 templates');
  const listRequests = () => sendbird.requests.filter((request) => request.path === TEMPLATES_PATH).length;
  const before = listRequests();

  // The page reaches into our open shadow root and clicks Refresh five times, each after the last one settled.
  await page.evaluate(async () => {
    const walk = (root: Document | ShadowRoot): HTMLButtonElement | undefined => {
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLButtonElement && element.textContent === 'Refresh') return element;
        const inner = element.shadowRoot && walk(element.shadowRoot);
        if (inner) return inner;
      }
      return undefined;
    };
    for (let click = 0; click < 5; click++) {
      const refresh = walk(document)!;
      if (click % 2) refresh.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      else refresh.click();
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
  });
  // The marketer's own click refreshes: its request comes after any the synthetic clicks made.
  await region.getByRole('button', { name: 'Refresh' }).click();
  await expect.poll(listRequests).toBeGreaterThan(before);
  expect(listRequests() - before).toBe(1);
  await expect(region).toContainText('28 templates');
});
