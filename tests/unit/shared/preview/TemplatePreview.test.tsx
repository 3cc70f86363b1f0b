import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TemplatePreview } from '../../../../src/shared/preview/TemplatePreview';
import { useImageConsent } from '../../../../src/shared/preview/image-consent';
import { buildView } from '../../../../src/shared/preview/model';
import { cardStyle, nodeStyle } from '../../../../src/shared/preview/styles';
import { createFillContext } from '../../../../src/shared/preview/variables';
import { sampleValues, type Appearance } from '../../../../src/shared/preview/variables';
import type { Template } from '../../../../src/shared/template';
import { normalize, seedTemplate, uiTemplate, uikitSamples } from './helpers';

/** The background's list of allowed image hosts, as images.allowed and images.allow answer it. */
const background = vi.hoisted(() => ({ hosts: [] as string[], asked: [] as string[] }));
vi.mock('../../../../src/shared/messaging', () => ({
  sendMessage: vi.fn(async (type: string, payload: { host?: string }) => {
    if (type === 'images.allow' && payload.host) {
      background.asked.push(payload.host);
      if (!background.hosts.includes(payload.host)) background.hosts.push(payload.host);
    }
    return { ok: true, data: { hosts: [...background.hosts] } };
  }),
}));

/** The image hosts these tests use, allowed as a viewer would have (the consent itself: 'images from other hosts'). */
const ALLOWED_IN_TESTS = ['cdn.example.com', 'img.example.com', 'images.example-cdn.com', 'placehold.co'];

beforeEach(() => {
  background.hosts = [...ALLOWED_IN_TESTS];
  background.asked = [];
  useImageConsent.setState({ hosts: new Set(ALLOWED_IN_TESTS), loaded: true, error: undefined });
});

function show(template: Template, values: Record<string, string> = sampleValues(template), appearance: Appearance = 'light') {
  const view = render(<TemplatePreview template={template} values={values} appearance={appearance} />);
  const region = screen.getByRole('region', { name: new RegExp(`Preview, ${appearance}`) });
  return { ...view, region, rerenderWith: (next: Record<string, string>, nextAppearance = appearance) => view.rerender(<TemplatePreview template={template} values={next} appearance={nextAppearance} />) };
}

const byType = (root: HTMLElement, type: string) => [...root.querySelectorAll<HTMLElement>(`[data-sbp-type="${type}"]`)];
const one = (root: HTMLElement, type: string) => {
  const found = byType(root, type);
  if (found.length === 0) throw new Error(`no ${type}`);
  return found[0] as HTMLElement;
};
const css = (element: Element, property: string) => (element as HTMLElement).style.getPropertyValue(property);

describe('components', () => {
  it('box: row and column layouts map align to flex, as Sendbird does', () => {
    const { region } = show(
      uiTemplate([
        { type: 'box', layout: 'row', align: { horizontal: 'center', vertical: 'bottom' }, items: [] },
        { type: 'box', layout: 'column', align: { horizontal: 'right', vertical: 'center' }, items: [] },
        { type: 'box', items: [] },
      ]),
    );
    const [row, column, plain] = byType(region, 'box') as [HTMLElement, HTMLElement, HTMLElement];
    expect([css(row, 'flex-direction'), css(row, 'justify-content'), css(row, 'align-items')]).toEqual(['row', 'center', 'flex-end']);
    expect([css(column, 'flex-direction'), css(column, 'align-items'), css(column, 'justify-content')]).toEqual(['column', 'flex-end', 'center']);
    expect([css(plain, 'flex-direction'), css(plain, 'justify-content'), css(plain, 'align-items')]).toEqual(['row', 'flex-start', 'flex-start']);
  });

  it('box: padding, margin, radius, border, background color and https background image', () => {
    const { region } = show(
      uiTemplate([
        {
          type: 'box',
          layout: 'column',
          viewStyle: {
            padding: { top: 12, right: 8, bottom: 4, left: 2 },
            margin: { top: 6, left: 10, right: 10 },
            radius: 12,
            borderWidth: 1,
            borderColor: '#FFE6E6E6',
            backgroundColor: '#80112233',
            backgroundImageUrl: 'https://cdn.example.com/bg.png',
          },
          items: [],
        },
        { type: 'box', viewStyle: { backgroundImageUrl: 'http://cdn.example.com/bg.png' }, items: [] },
      ]),
    );
    const [box, insecure] = byType(region, 'box') as [HTMLElement, HTMLElement];
    expect(css(box, 'padding-top')).toBe('12px');
    expect(css(box, 'padding-left')).toBe('2px');
    expect(css(box, 'margin-top')).toBe('6px');
    // Fill width minus horizontal margins.
    expect(css(box, 'width')).toBe('calc(100% - 20px)');
    expect(css(box, 'border-radius')).toBe('12px');
    expect(box.classList.contains('sbp-border')).toBe(true);
    expect(css(box, '--sbp-border-width')).toBe('1px');
    expect(css(box, '--sbp-border-color')).toBe('#E6E6E6FF');
    expect(css(box, 'background-color')).toMatch(/#11223380|rgba\(17, 34, 51, 0\.5\d*\)/i);
    // Drawn as an <img> with no referrer (#13): CSS url() would send the page's URL as Referer.
    expect(css(box, 'background-image')).toBe('');
    const backdrop = box.querySelector<HTMLImageElement>(':scope > img.sbp-bg');
    expect(backdrop?.getAttribute('src')).toBe('https://cdn.example.com/bg.png');
    expect(backdrop?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(insecure.querySelector('img')).toBeNull();
  });

  it('text: size, weight, color, alignment and max lines', () => {
    const { region } = show(
      uiTemplate([
        { type: 'text', text: 'Hello', maxTextLines: 2, align: { horizontal: 'right', vertical: 'center' }, textStyle: { size: 18, weight: 'bold', color: '#FF1A1A1A' } },
        { type: 'text', text: 'Plain' },
      ]),
    );
    const [styled, plain] = byType(region, 'text') as [HTMLElement, HTMLElement];
    expect(styled.textContent).toBe('Hello');
    expect(css(styled, 'font-size')).toBe('18px');
    expect(css(styled, 'font-weight')).toBe('bold');
    expect(css(styled, 'color')).toMatch(/#1A1A1AFF|rgb\(26, 26, 26\)/i);
    expect(css(styled, 'text-align')).toBe('right');
    expect(css(styled, 'justify-content')).toBe('flex-end');
    // happy-dom drops -webkit-line-clamp; the browser test checks the computed clamp.
    expect(styled.querySelector('.sbp-clamp')?.getAttribute('data-max-lines')).toBe('2');
    expect(css(plain, 'font-weight')).toBe('normal');
    expect(plain.querySelector('.sbp-clamp')).toBeNull();
  });

  it('text: keeps line breaks and renders markup-looking content as plain text', () => {
    const { region } = show(uiTemplate([{ type: 'text', text: 'Line one\n<img src=x onerror="alert(1)"><b>bold?</b> {first_name}' }]), { first_name: '<script>alert(2)</script>' });
    const text = one(region, 'text');
    expect(text.textContent).toBe('Line one\n<img src=x onerror="alert(1)"><b>bold?</b> <script>alert(2)</script>');
    expect(region.querySelector('img, b, script')).toBeNull();
  });

  it('textButton: one line by default, medium weight, centred', () => {
    const { region } = show(uiTemplate([{ type: 'textButton', text: 'Shop now', action: { type: 'web', data: 'https://shop.example.com' }, textStyle: { color: '#FFFFFFFF' }, viewStyle: { backgroundColor: '#FF742DDD', radius: 6 } }]));
    const button = one(region, 'textButton');
    expect(button.textContent).toBe('Shop now');
    expect(button.querySelector('.sbp-clamp')?.getAttribute('data-max-lines')).toBe('1');
    expect(css(button, 'font-weight')).toBe('500');
    expect(css(button, 'justify-content')).toBe('center');
    expect(css(button, 'background-color')).toMatch(/#742DDDFF|rgb\(116, 45, 221\)/i);
    expect(button.getAttribute('title')).toBe('Opens https://shop.example.com');
    // The preview is a picture: its buttons are not real controls.
    expect(within(region).queryByRole('button')).toBeNull();
  });

  it.each([
    ['aspectFit', 'contain'],
    ['aspectFill', 'cover'],
    ['scalesToFill', 'fill'],
    [undefined, 'contain'],
  ])('image: content mode %s is object-fit %s', (mode, fit) => {
    const { region } = show(uiTemplate([{ type: 'image', imageUrl: 'https://cdn.example.com/a.png', imageStyle: mode ? { contentMode: mode } : {}, height: { type: 'fixed', value: 100 } }]));
    const img = one(region, 'image').querySelector('img') as HTMLImageElement;
    expect(img.getAttribute('src')).toBe('https://cdn.example.com/a.png');
    expect(img.style.objectFit).toBe(fit);
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('image: keeps the aspect ratio from metaData when no side is fixed', () => {
    const { region } = show(
      uiTemplate([
        { type: 'image', imageUrl: 'https://cdn.example.com/a.png', metaData: { pixelWidth: '1200', pixelHeight: '600' } },
        { type: 'image', imageUrl: 'https://cdn.example.com/b.png', metaData: { pixelWidth: 1200, pixelHeight: 600 }, height: { type: 'fixed', value: 50 } },
      ]),
    );
    const [free, fixed] = byType(region, 'image') as [HTMLElement, HTMLElement];
    expect(css(free, 'aspect-ratio')).toMatch(/^2( \/ 1)?$/);
    expect(css(fixed, 'aspect-ratio')).toBe('');
    expect(css(fixed, 'height')).toBe('50px');
  });

  it('image: a tint paints the image on a canvas, falling back to the plain image without one', () => {
    const template = uiTemplate([{ type: 'image', imageUrl: 'https://cdn.example.com/icon.png', imageStyle: { tintColor: '#FFD32F2F' }, width: { type: 'fixed', value: 24 }, height: { type: 'fixed', value: 24 } }]);
    // happy-dom has no 2D context: the image is shown untinted rather than not at all.
    const first = show(template);
    expect(one(first.region, 'image').querySelector('img')?.getAttribute('src')).toBe('https://cdn.example.com/icon.png');
    first.unmount();

    const context = { clearRect: vi.fn(), drawImage: vi.fn(), fillRect: vi.fn(), globalCompositeOperation: '', fillStyle: '' };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
    const second = show(template);
    const canvas = one(second.region, 'image').querySelector('canvas');
    expect(canvas?.getAttribute('data-tint')).toBe('#D32F2FFF');
  });

  it('image: only https URLs load; others, unfilled and broken ones show a placeholder', () => {
    const template = uiTemplate([
      { type: 'image', imageUrl: 'http://cdn.example.com/a.png' },
      { type: 'image', imageUrl: 'javascript:alert(1)' },
      { type: 'image', imageUrl: '{product_image_url}' },
      { type: 'imageButton', imageUrl: 'https://cdn.example.com/broken.png', action: { type: 'web', data: 'https://x.example' } },
    ]);
    const { region } = show(template, { product_image_url: '' });
    expect(region.querySelectorAll('img')).toHaveLength(1);
    const states = [...region.querySelectorAll('.sbp-image-placeholder')].map((element) => element.getAttribute('data-image-state'));
    expect(states).toEqual(['blocked', 'blocked', 'unfilled']);
    expect(region.querySelector('.sbp-image-placeholder mark.sbp-unfilled')?.textContent).toBe('{product_image_url}');
    // A load error turns the image button into a placeholder too.
    fireEvent.error(region.querySelector('img') as HTMLImageElement);
    expect(one(region, 'imageButton').querySelector('[data-image-state="error"]')).not.toBeNull();
  });

  it('carousel: cards at most maxChildWidth wide, spaced, scrollable', () => {
    const card = (label: string) => ({ version: 1, body: { items: [{ type: 'text', text: label }] } });
    const { region } = show(
      uiTemplate([
        { type: 'carouselView', carouselStyle: { spacing: 12, maxChildWidth: 200 }, items: [card('One'), card('Two'), card('Three')] },
        { type: 'carouselView', items: [card('A'), { version: 1, body: { items: [{ type: 'box', width: { type: 'fixed', value: 150 }, items: [] }] } }] },
      ]),
    );
    const [custom, defaults] = byType(region, 'carouselView') as [HTMLElement, HTMLElement];
    expect(custom.getAttribute('aria-label')).toBe('Carousel with 3 cards');
    expect(custom.tabIndex).toBe(0);
    expect(css(custom, 'gap')).toBe('12px');
    const cards = byType(custom, 'carouselCard');
    expect(cards.map((element) => element.textContent)).toEqual(['One', 'Two', 'Three']);
    expect(css(defaults, 'gap')).toBe('10px');
    expect(css(byType(defaults, 'carouselCard')[1] as HTMLElement, 'width')).toBe('150px');
    // happy-dom drops min(); check the style the cards get (the browser test measures real widths).
    const built = buildView(
      [{ type: 'carouselView', carouselStyle: { maxChildWidth: 200 }, items: [card('x')] }, { type: 'carouselView', items: [card('y')] }],
      createFillContext({ variables: [], colorVariables: [] }, {}, 'light'),
    ).items;
    const [first, second] = built.map((node) => (node.type === 'carouselView' ? node : undefined));
    expect(cardStyle(first!.items[0]!, first!.maxChildWidth)).toEqual({ width: 'min(200px, 100%)' });
    expect(cardStyle(second!.items[0]!, second!.maxChildWidth)).toEqual({ width: 'min(240px, 100%)' });
  });

  it('text: when every sibling is wrap-width text, only the last one shrinks (Sendbird NOTI-709)', () => {
    const context = createFillContext({ variables: [], colorVariables: [] }, {}, 'light');
    const wrapText = { type: 'text', text: 'a', width: { type: 'flex', value: 1 } };
    const [row] = buildView([{ type: 'box', layout: 'row', items: [wrapText, wrapText, wrapText] }], context).items;
    if (row?.type !== 'box') throw new Error('not a box');
    const shrink = row.items.map((node, index) => (node.type === 'text' ? nodeStyle(node, 'row', row.items, index).flexShrink : undefined));
    expect(shrink).toEqual([0, 0, 1]);
  });

  it('cascadeView: cards stacked with spacing', () => {
    const { region } = show(uiTemplate([{ type: 'cascadeView', cascadeStyle: { spacing: 4 }, items: [{ version: 1, body: { items: [{ type: 'text', text: 'Top' }] } }, { version: 1, body: { items: [{ type: 'text', text: 'Bottom' }] } }] }]));
    const cascade = one(region, 'cascadeView');
    expect(css(cascade, 'flex-direction')).toBe('column');
    expect(css(cascade, 'gap')).toBe('4px');
    expect(cascade.textContent).toBe('TopBottom');
  });

  it('sizes: fixed pixels, fill takes the rest along the row, wrap takes its content', () => {
    const { region } = show(
      uiTemplate([
        {
          type: 'box',
          layout: 'row',
          items: [
            { type: 'text', text: 'fixed', width: { type: 'fixed', value: '80' }, height: { type: 'fixed', value: 30 } },
            { type: 'text', text: 'fill', width: { type: 'flex', value: 0 } },
            { type: 'text', text: 'wrap', width: { type: 'flex', value: '1' } },
          ],
        },
        { type: 'box', layout: 'column', height: { type: 'fixed', value: 200 }, items: [{ type: 'box', height: { type: 'flex', value: 0 }, items: [] }] },
      ]),
    );
    const [fixed, fill, wrap] = byType(region, 'text') as [HTMLElement, HTMLElement, HTMLElement];
    expect([css(fixed, 'width'), css(fixed, 'height'), css(fixed, 'flex')]).toEqual(['80px', '30px', '']);
    expect(css(fill, 'width')).toBe('100%');
    expect(css(fill, 'flex')).toMatch(/^1 1 0%?$/);
    expect([css(wrap, 'width'), css(wrap, 'max-width')]).toEqual(['', '100%']);
    const tall = byType(region, 'box')[2] as HTMLElement;
    expect(css(tall, 'height')).toBe('100%');
    expect(css(tall, 'flex')).toMatch(/^1 1 0%?$/);
  });
});

describe('variables', () => {
  it('fills variables from the values and updates when they change', () => {
    const template = seedTemplate('welcome_offer');
    const { region, rerenderWith } = show(template, { first_name: 'Ada', coupon_code: 'SPRING24' });
    expect(region.textContent).toContain('Welcome, Ada!');
    expect(region.textContent).toContain('Use code SPRING24 at checkout');
    rerenderWith({ first_name: 'Grace', coupon_code: 'SPRING24' });
    expect(region.textContent).toContain('Welcome, Grace!');
  });

  it('marks unfilled variables, keeping {name} in place', () => {
    const { region } = show(seedTemplate('welcome_offer'), { first_name: '', coupon_code: 'X' });
    const marks = [...region.querySelectorAll('mark.sbp-unfilled')];
    expect(marks.map((mark) => mark.textContent)).toEqual(['{first_name}']);
    expect(region.textContent).toContain('Welcome, {first_name}!');
  });

  it('shows unknown placeholders as written, without marking them unfilled', () => {
    const { region } = show(seedTemplate('in_app_survey'));
    const unknown = region.querySelector('.sbp-unknown');
    expect(unknown?.textContent).toBe('{@selected_score}');
    expect(region.querySelector('mark.sbp-unfilled')).toBeNull();
    expect(within(region).getByRole('list', { name: 'Preview notes' }).textContent).toContain('{@selected_score} is not a variable of this template');
  });

  it('applies color variables for the light and the dark appearance', () => {
    const template = seedTemplate('payment_failed');
    const light = show(template, sampleValues(template), 'light');
    const title = () => byType(light.container, 'text').find((element) => element.textContent === 'Payment failed') as HTMLElement;
    expect(css(title(), 'color')).toMatch(/#D32F2FFF|rgb\(211, 47, 47\)/i);
    const card = () => byType(light.container, 'box')[0] as HTMLElement;
    expect(css(card(), 'background-color')).toMatch(/#FFFFFFFF|rgb\(255, 255, 255\)/i);
    light.rerenderWith(sampleValues(template), 'dark');
    expect(css(title(), 'color')).toMatch(/#FF6B6BFF|rgb\(255, 107, 107\)/i);
    expect(css(card(), 'background-color')).toMatch(/#1F1F1FFF|rgb\(31, 31, 31\)/i);
    expect(light.container.querySelector('.sbp-root')?.getAttribute('data-appearance')).toBe('dark');
  });

  it('fills image URLs from variables (https only)', () => {
    const template = seedTemplate('cart_reminder');
    const { region, rerenderWith } = show(template, { ...sampleValues(template), product_image_url: 'https://img.example.com/p.jpg' });
    expect(region.querySelector('img')?.getAttribute('src')).toBe('https://img.example.com/p.jpg');
    rerenderWith({ ...sampleValues(template), product_image_url: 'http://img.example.com/p.jpg' });
    expect(region.querySelector('img')).toBeNull();
    expect(region.querySelector('[data-image-state="blocked"]')).not.toBeNull();
  });
});

describe('other template shapes', () => {
  it('renders a data template as key : value lines', () => {
    const template = seedTemplate('order_status_data');
    const { region } = show(template, { order_id: 'A-17', order_status: 'Shipped', status_updated_at: '' });
    const lines = [...region.querySelectorAll('.sbp-data-line')].map((line) => line.textContent);
    expect(lines).toEqual(['order_id : A-17', 'status : Shipped', 'updated : {status_updated_at}', 'channel : app']);
    expect(region.querySelector('mark.sbp-unfilled')?.textContent).toBe('{status_updated_at}');
  });

  it('renders v2 channel contents with variables filled', () => {
    const template = seedTemplate('alimtalk_order_confirmed');
    const { region } = show(template, { customer_name: '김민수', order_number: '1001', order_total: '₩39,000' });
    const channels = within(region).getAllByRole('region');
    expect(channels.map((channel) => channel.getAttribute('aria-label'))).toEqual(['카카오 알림톡', 'SMS fallback']);
    expect(channels[0]?.textContent).toContain('text : 김민수님, 주문번호 1001 결제가 완료되었습니다. 결제 금액: ₩39,000');
    expect(channels[0]?.textContent).toContain('buttons.0.name : 주문 확인');
    expect(channels[1]?.textContent).toContain('[ExampleShop] 김민수님 주문 1001 완료 (₩39,000)');
  });

  it('says so when a template has nothing to show', () => {
    const template: Template = { ...seedTemplate('welcome_offer'), uiTemplate: { version: 1, body: { items: [] } } };
    const { region } = show(template);
    expect(region.textContent).toContain('nothing to show');
  });
});

describe('malformed templates', () => {
  it('shows unknown and unreadable components as visible placeholders', () => {
    const { region } = show(uiTemplate([{ type: 'text', text: 'Before' }, { type: 'video', videoUrl: 'https://x.example/v.mp4' }, null, 'oops', { type: 'text', text: 'After' }]));
    const placeholders = byType(region, 'unsupported');
    expect(placeholders).toHaveLength(3);
    expect(placeholders[0]?.textContent).toContain('Unsupported component: video');
    expect(region.textContent).toContain('Before');
    expect(region.textContent).toContain('After');
  });

  it('draws what it can from fields of the wrong type', () => {
    const { region } = show(
      uiTemplate([
        { type: 'box', layout: 'diagonal', align: 'middle', viewStyle: 'pretty', items: 'none' },
        { type: 'text', text: 42, textStyle: { size: 'big', color: 12 }, maxTextLines: 'lots' },
        { type: 'textButton' },
        { type: 'image', imageUrl: 12, imageStyle: 'fit', metaData: { pixelWidth: 'x' } },
        { type: 'carouselView', items: [null, { body: {} }] },
      ]),
    );
    expect(byType(region, 'box')).toHaveLength(1);
    expect(one(region, 'text').textContent).toBe('42');
    expect(one(region, 'textButton').textContent).toBe('');
    expect(one(region, 'image').querySelector('[data-image-state="missing"]')).not.toBeNull();
    expect(byType(one(region, 'carouselView'), 'unsupported')).toHaveLength(2);
  });

  it('notes a ui_template version newer than Sendbird’s clients support, and still draws it', () => {
    const { region } = show(uiTemplate([{ type: 'text', text: 'Hi' }], { version: '3' }));
    expect(within(region).getByRole('list', { name: 'Preview notes' }).textContent).toContain('version 3');
    expect(one(region, 'text').textContent).toBe('Hi');
  });

  it('contains a renderer crash in the preview instead of taking the page down', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const template = uiTemplate([{ type: 'text', text: 'x' }]);
    Object.defineProperty(template.uiTemplate!.body, 'items', {
      get() {
        throw new Error('boom');
      },
    });
    const { region } = show(template, {});
    expect(within(region).getByRole('alert').textContent).toContain('The preview could not be drawn (boom)');
  });
});

describe('Sendbird’s sample templates', () => {
  it.each(uikitSamples.map((sample, index) => [index, sample] as const))('sample %i renders without placeholders', (index, sample) => {
    const template = normalize({ key: `sample_${index}`, name: `Sample ${index}`, created_at: 1, updated_at: 1, ui_template: sample });
    const { region } = show(template);
    expect(byType(region, 'unsupported')).toHaveLength(0);
    expect(region.querySelector('.sbp-message')?.children.length).toBeGreaterThan(0);
    expect(region.textContent?.trim().length).toBeGreaterThan(0);
  });
});

describe('images from other hosts (#13 item 5)', () => {
  const template = () =>
    uiTemplate([
      { type: 'box', layout: 'column', viewStyle: { backgroundImageUrl: 'https://tracker.example.net/bg.png' }, items: [{ type: 'text', text: 'Hi' }] },
      { type: 'image', imageUrl: 'https://tracker.example.net/a.png', height: { type: 'fixed', value: 100 } },
      { type: 'image', imageUrl: 'https://file-us-1.sendbird.com/b.png', height: { type: 'fixed', value: 100 } },
      { type: 'image', imageUrl: 'https://other.example.org/c.png', height: { type: 'fixed', value: 100 } },
    ]);

  beforeEach(() => {
    background.hosts = [];
    useImageConsent.setState({ hosts: new Set(), loaded: false, error: undefined });
  });

  it('loads Sendbird\'s images at once; others wait, each with a labelled placeholder and a button per host', async () => {
    const { region } = show(template());
    const bar = await within(region).findByRole('group', { name: 'Images from other sites' });
    expect(within(bar).getAllByRole('button').map((button) => button.textContent)).toEqual(['Show images from tracker.example.net', 'Show images from other.example.org']);
    expect([...region.querySelectorAll('img')].map((image) => image.getAttribute('src'))).toEqual(['https://file-us-1.sendbird.com/b.png']);
    expect(within(region).getByRole('img', { name: 'Image from tracker.example.net not shown' })).toBeTruthy();
    expect(within(region).getByRole('img', { name: 'Image from other.example.org not shown' })).toBeTruthy();
  });

  it('ignores a click that is not the viewer\'s (isTrusted false: a page script\'s click())', async () => {
    const { region } = show(template());
    const button = await within(region).findByRole('button', { name: 'Show images from tracker.example.net' });
    await act(async () => {
      button.click();
      fireEvent.click(button);
    });
    expect(background.asked).toEqual([]);
    expect(region.querySelector('img[src^="https://tracker.example.net"]')).toBeNull();
  });

  it('shows a host\'s images, background included, once the viewer allowed it (read from the background)', async () => {
    background.hosts = ['tracker.example.net'];
    const { region } = show(template());
    await vi.waitFor(() => expect(region.querySelector('img[src="https://tracker.example.net/a.png"]')).not.toBeNull());
    expect(region.querySelector('img.sbp-bg')?.getAttribute('src')).toBe('https://tracker.example.net/bg.png');
    expect(within(region).getAllByRole('button').map((button) => button.textContent)).toEqual(['Show images from other.example.org']);
  });

  it('offers at most four hosts at once and says how many more', async () => {
    const many = uiTemplate(Array.from({ length: 6 }, (_, index) => ({ type: 'image', imageUrl: `https://h${index}.example.com/x.png` })));
    const { region } = show(many);
    const bar = await within(region).findByRole('group', { name: 'Images from other sites' });
    expect(within(bar).getAllByRole('button')).toHaveLength(4);
    expect(bar.textContent).toContain('2 more sites after these');
  });
});
