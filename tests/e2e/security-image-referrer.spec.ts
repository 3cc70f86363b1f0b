import { test, expect } from './fixtures';
import { demoApp } from '../fakes/sendbird';
import { chooseTemplate, newWebhookCampaign, openEditor, picker } from './support/clevertap';
import { PIXEL, TRACKED_TEMPLATE_NAME, TRACKER, trackedImagesCatalogue } from './support/tracked-images';

/**
 * Attack: a template names images on a host its author controls. Previewing it
 * inside the CleverTap page must not tell that host which dashboard page (account
 * id, campaign id) the marketer is on: every preview image, background images
 * included, is requested with no Referer.
 */

test('preview images in the CleverTap page, background images included, are requested with no Referer', async ({ context, sendbird, saveCredentials }) => {
  sendbird.setApp({ ...demoApp(), templates: trackedImagesCatalogue() });
  await saveCredentials();
  const seen = new Map<string, string | undefined>();
  await context.route(`${TRACKER}/**`, async (route) => {
    const request = route.request();
    seen.set(new URL(request.url()).pathname, (await request.allHeaders()).referer);
    await route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL });
  });
  const page = await context.newPage();
  await newWebhookCampaign(page);
  const region = picker(await openEditor(page));
  await chooseTemplate(region, 'tracked', TRACKED_TEMPLATE_NAME);
  // A host other than Sendbird's: its images load once the marketer asks (security-image-consent.spec.ts).
  await region.getByRole('button', { name: 'Show images from tracker.example.net' }).click();
  await expect.poll(() => [...seen.keys()].sort()).toEqual(['/background.png', '/picture.png']);
  expect(seen.get('/picture.png')).toBeUndefined();
  expect(seen.get('/background.png')).toBeUndefined();
});
