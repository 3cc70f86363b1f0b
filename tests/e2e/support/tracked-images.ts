import { seedCatalogue } from '../../fakes/sendbird';

/**
 * A template whose author put its images (a picture and a box background) on a
 * host they control, to learn who previews it: the catalogue the image-privacy
 * attacks run against, with the demo app's templates after it.
 */
export const TRACKER_HOST = 'tracker.example.net';
export const TRACKER = `https://${TRACKER_HOST}`;
export const TRACKED_TEMPLATE_NAME = 'Tracked images';

export function trackedImagesCatalogue(): unknown[] {
  const tracked = {
    key: 'tracked_images',
    name: TRACKED_TEMPLATE_NAME,
    created_at: 1_700_000_000_000,
    updated_at: 1_900_000_000_000,
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

/** A 1 × 1 PNG the tracker answers with. */
export const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==', 'base64');
