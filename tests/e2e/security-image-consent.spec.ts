import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { demoApp } from '../fakes/sendbird';
import { chooseTemplate, newWebhookCampaign, openEditor, picker } from './support/clevertap';
import { PIXEL, TRACKED_TEMPLATE_NAME, TRACKER, TRACKER_HOST, trackedImagesCatalogue } from './support/tracked-images';

/**
 * Attack: a template names images on a host its author controls, so that every
 * preview tells that host someone opened it (when, from which network). Images from
 * hosts other than Sendbird's load only after the viewer's own click on "Show images
 * from <host>", remembered per host; a page script clicking that button in our open
 * shadow root (isTrusted false) grants nothing.
 */

/** Every request the tracker gets (path), as its server log would show them. */
async function trackerLog(context: BrowserContext): Promise<string[]> {
  const log: string[] = [];
  await context.route(`${TRACKER}/**`, async (route) => {
    log.push(new URL(route.request().url()).pathname);
    await route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL });
  });
  return log;
}

/** A page script's click on every "Show images from …" button it finds, in the page and in open shadow roots. */
async function pageScriptClicksShowImages(page: Page): Promise<number> {
  return page.evaluate(() => {
    let clicked = 0;
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLButtonElement && /Show images from/.test(element.textContent ?? '')) {
          element.click();
          element.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
          element.focus();
          element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
          clicked += 1;
        }
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return clicked;
  });
}

async function reopenEditor(page: Page) {
  await page.reload();
  await newWebhookCampaign(page);
  const region = picker(await openEditor(page));
  await chooseTemplate(region, 'tracked', TRACKED_TEMPLATE_NAME);
  return region;
}

test('the picker loads no image from a foreign host until the marketer clicks "Show images from <host>"; a page script\'s click grants nothing', async ({ context, sendbird, saveCredentials, serviceWorker }) => {
  sendbird.setApp({ ...demoApp(), templates: trackedImagesCatalogue() });
  await saveCredentials();
  const log = await trackerLog(context);
  const page = await context.newPage();
  await newWebhookCampaign(page);
  let region = picker(await openEditor(page));
  await chooseTemplate(region, 'tracked', TRACKED_TEMPLATE_NAME);

  // Until asked: a labelled placeholder in the image's place, a button per host, and no request.
  const show = region.getByRole('button', { name: `Show images from ${TRACKER_HOST}` });
  await expect(show).toBeVisible();
  await expect(region.getByRole('img', { name: `Image from ${TRACKER_HOST} not shown` })).toBeVisible();
  expect(log).toEqual([]);

  // The attacker clicks the button from the page (our shadow root is open to it).
  expect(await pageScriptClicksShowImages(page)).toBe(1);
  // Opened again (a fresh read of the choices, after anything the clicks could have sent): still not allowed.
  region = await reopenEditor(page);
  await expect(region.getByRole('button', { name: `Show images from ${TRACKER_HOST}` })).toBeVisible();
  await expect(region.getByRole('img', { name: `Image from ${TRACKER_HOST} not shown` })).toBeVisible();
  expect(log).toEqual([]);
  expect(await serviceWorker.evaluate(() => chrome.storage.local.get('imageHosts.v1'))).toEqual({});

  // The marketer's own click: both images load (no Referer), and the choice is kept in extension storage.
  await region.getByRole('button', { name: `Show images from ${TRACKER_HOST}` }).click();
  await expect.poll(() => [...new Set(log)].sort()).toEqual(['/background.png', '/picture.png']);
  await expect(region.locator(`img[src="${TRACKER}/picture.png"]`)).toHaveJSProperty('complete', true);
  await expect(region.getByRole('group', { name: 'Images from other sites' })).toHaveCount(0);
  expect(await serviceWorker.evaluate(() => chrome.storage.local.get('imageHosts.v1'))).toEqual({ 'imageHosts.v1': [TRACKER_HOST] });

  // Remembered: the next time the template is previewed, its images load without asking.
  const before = log.length;
  region = await reopenEditor(page);
  await expect(region.locator(`img[src="${TRACKER}/picture.png"]`)).toHaveJSProperty('complete', true);
  await expect(region.getByRole('button', { name: /^Show images from/ })).toHaveCount(0);
  await expect.poll(() => log.length).toBeGreaterThan(before);
});

test('the popup asks before loading images from a foreign host, and remembers the answer', async ({ context, sendbird, saveCredentials, openExtensionPage }) => {
  sendbird.setApp({ ...demoApp(), templates: trackedImagesCatalogue() });
  await saveCredentials();
  const log = await trackerLog(context);
  const openTemplate = async () => {
    const popup = await openExtensionPage('src/popup/index.html');
    await popup.getByRole('listbox', { name: 'Templates' }).getByRole('option', { name: new RegExp(`^${TRACKED_TEMPLATE_NAME}`) }).click();
    await expect(popup.getByRole('heading', { level: 2, name: TRACKED_TEMPLATE_NAME })).toBeVisible();
    return { popup, preview: popup.getByRole('region', { name: /^Preview, / }) };
  };

  const first = await openTemplate();
  await expect(first.preview.getByRole('img', { name: `Image from ${TRACKER_HOST} not shown` })).toBeVisible();
  expect(log).toEqual([]);
  await first.preview.getByRole('button', { name: `Show images from ${TRACKER_HOST}` }).click();
  await expect(first.preview.locator(`img[src="${TRACKER}/picture.png"]`)).toHaveJSProperty('complete', true);
  await expect.poll(() => [...new Set(log)].sort()).toEqual(['/background.png', '/picture.png']);
  await first.popup.close();

  const second = await openTemplate();
  await expect(second.preview.locator(`img[src="${TRACKER}/picture.png"]`)).toHaveJSProperty('complete', true);
  await expect(second.preview.getByRole('button', { name: /^Show images from/ })).toHaveCount(0);
});
