import { describe, expect, it } from 'vitest';
import { MAX_TEMPLATE_DEPTH, normalizeTemplate } from '../../../src/background/sendbird/normalize-template';

const v3 = {
  key: 'welcome_offer',
  name: 'Welcome offer',
  created_at: 1_700_000_000_000,
  updated_at: '1700000500000',
  color_variables: { brand: '#FF742DDD, #FFC2A9FA', accent: '#FF000000' },
  ui_template: {
    version: '1',
    body: {
      items: [
        {
          type: 'box',
          layout: 'column',
          viewStyle: { backgroundColor: '{brand}' },
          items: [
            { type: 'image', imageUrl: 'https://cdn.example.com/{banner_id}.png' },
            { type: 'text', text: 'Hi {first_name}, {first_name}!', textStyle: { color: '{accent}' } },
            { type: 'text', text: 'Use {coupon} {@view_only}' },
            { type: 'textButton', text: 'Shop', action: { type: 'web', data: 'https://shop.example.com/?c={coupon}' } },
          ],
        },
      ],
    },
  },
  some_future_field: { whatever: true },
};

describe('normalizeTemplate', () => {
  it('reads the v3 shape: variables in order with where they appear, colors, numbers as strings', () => {
    const result = normalizeTemplate(v3);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const template = result.template;
    expect(template).toMatchObject({
      key: 'welcome_offer',
      name: 'Welcome offer',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_500_000,
      archived: false,
      shape: 'v3',
      colorVariables: [
        { name: 'brand', light: '#FF742DDD', dark: '#FFC2A9FA' },
        { name: 'accent', light: '#FF000000', dark: '#FF000000' },
      ],
    });
    expect(template.uiTemplate?.version).toBe(1);
    expect(template.variables).toEqual([
      { name: 'banner_id', locations: ['image'] },
      { name: 'first_name', locations: ['text'] },
      { name: 'coupon', locations: ['text', 'action'] },
    ]);
    expect(template).not.toHaveProperty('some_future_field');
  });

  it('reads data templates, carousels and archived v3 templates', () => {
    const data = normalizeTemplate({ key: 'd', name: 'Data', data_template: { order: '{order_id}', total: 12 }, is_archived: true });
    expect(data).toMatchObject({ ok: true, template: { dataTemplate: { order: '{order_id}', total: '12' }, archived: true, variables: [{ name: 'order_id', locations: ['data'] }] } });
    const carousel = normalizeTemplate({
      key: 'c',
      name: 'Carousel',
      ui_template: { version: 1, body: { items: [{ type: 'carouselView', items: [{ body: { items: [{ type: 'text', text: '{product_1}' }] } }] }] } },
    });
    expect(carousel).toMatchObject({ ok: true, template: { variables: [{ name: 'product_1', locations: ['text'] }] } });
  });

  it('reads the v2 shape from variable_schema', () => {
    const result = normalizeTemplate({
      template_key: 'order_shipped',
      name: '  Order shipped ',
      is_archived: false,
      version: 3,
      channels: [{ key: 'sms', type: 'sms', name: 'SMS', content: { body: 'Hi {name}' } }],
      variable_schema: [
        { key: 'name', type: 'string', name: 'Customer name' },
        { key: 'tracking_url', type: 'url' },
        { key: 'name', type: 'string' },
      ],
      created_at: 1,
      updated_at: 2,
    });
    expect(result).toMatchObject({
      ok: true,
      template: {
        key: 'order_shipped',
        name: 'Order shipped',
        shape: 'v2',
        variables: [
          { name: 'name', type: 'string', label: 'Customer name', locations: ['channel'] },
          { name: 'tracking_url', type: 'url', locations: ['channel'] },
        ],
      },
    });
  });

  it.each([
    [null, /template/],
    ['a string', /template/],
    [{ name: 'no key' }, /key/],
    [{ key: 'k', name: 'nothing to render' }, /neither/],
    [{ key: 'k', ui_template: { body: { items: 'nope' } } }, /items/],
    [{ key: 'k', variable_schema: 'nope' }, /v2/],
  ])('skips a malformed template (%j) with a reason', (raw, reason) => {
    const result = normalizeTemplate(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.skipped.reason).toMatch(reason);
  });

  it('falls back to the key when the name is missing and tolerates bad optional fields', () => {
    const result = normalizeTemplate({ key: 'k', created_at: 'yesterday', color_variables: 5, ui_template: { body: { items: [] } } });
    expect(result).toMatchObject({ ok: true, template: { name: 'k', createdAt: 0, colorVariables: [] } });
  });
});

describe('hostile templates (#13)', () => {
  const nested = (depth: number) => {
    let node: unknown = { type: 'text', text: 'Deep {first_name}' };
    for (let level = 0; level < depth; level++) node = { type: 'box', layout: 'column', items: [node] };
    return { key: 'deep', name: 'Deep', ui_template: { version: 1, body: { items: [node] } } };
  };

  it('skips a template nested 2,000 boxes deep with its reason, without exhausting the stack', () => {
    expect(normalizeTemplate(nested(2_000))).toEqual({ ok: false, skipped: { key: 'deep', reason: `nested more than ${MAX_TEMPLATE_DEPTH} levels deep` } });
  });

  it('still reads a template just under the bound, with its variable', () => {
    // Each box is two levels (the box and its items); body and items add two more.
    const result = normalizeTemplate(nested(Math.floor(MAX_TEMPLATE_DEPTH / 2) - 3));
    expect(result.ok && result.template.variables.map((variable) => variable.name)).toEqual(['first_name']);
  });

  it('finds variables in document order after the iterative walk', () => {
    const result = normalizeTemplate(v3);
    expect(result.ok && result.template.variables.map((variable) => variable.name)).toEqual(['banner_id', 'first_name', 'coupon']);
  });
});

