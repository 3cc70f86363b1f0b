import { test, expect } from './fixtures';
import { demoApp, seedCatalogue } from '../fakes/sendbird';
import { chooseTemplate, newWebhookCampaign, openEditor, picker } from './support/clevertap';

/**
 * Attack: a template names images on a host its author controls. Previewing it
 * inside the CleverTap page must not tell that host which dashboard page (account
 * id, campaign id) the marketer is on: every preview image, background images
 * included, is requested with no Referer.
 */
const TRACKER = 'https://tracker.example.net';

function catalogue(): unknown[] {
  const tracked = {
    key: 'tracked_images',
    name: 'Tracked images',
    created_at: 1_700_000_000_000,
    updated_at: 1_800_000_000_000,
    ui_template: {
      version: 1,
      body: {
        items: [
          {
            type: 'box',
            layout: 'column',
            viewStyle: { backgroundImageUrl: `${TRACKER}/background.png`, padding: { top: 40, bottom: 40, left: 8, right: 8 } },
            items: [
              { type: 'image', imageUrl: `${TRACKER}/picture.png`, height: { type: 'fixed', value: 60 }, imageStyle: { contentMode: 'aspectFill' } },
              { type: 'text', text: 'Hello {first_name}' },
            ],
          },
        ],
      },
    },
  };
  return [tracked, ...seedCatalogue()];
}

const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==', 'base64');

test('preview images in the CleverTap page, background images included, are requested with no Referer', async ({ context, sendbird, saveCredentials }) => {
  sendbird.setApp({ ...demoApp(), templates: catalogue() });
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
  await chooseTemplate(region, 'tracked', 'Tracked images');
  // A host other than Sendbird's: its images load once the marketer asks (security-image-consent.spec.ts).
  await region.getByRole('button', { name: 'Show images from tracker.example.net' }).click();
  await expect.poll(() => [...seen.keys()].sort()).toEqual(['/background.png', '/picture.png']);
  expect(seen.get('/picture.png')).toBeUndefined();
  expect(seen.get('/background.png')).toBeUndefined();
});
