// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEMO_API_TOKEN, DEMO_APP_ID, DEMO_INTEGRATION_TOKEN } from '../../fakes/demo-app';
import { demoApp, generateCatalogue, seedCatalogue } from '../../fakes/sendbird/index';
import { decodePageToken, encodePageToken, type PageScope } from '../../fakes/sendbird/page-token';
import { templateVariables } from '../../fakes/sendbird/template-variables';

type Template = Record<string, unknown> & { key: string; name: string };
const seed = seedCatalogue() as Template[];
const byKey = new Map(seed.map((t) => [t.key, t]));

const COMPONENT_TYPES = new Set(['box', 'text', 'image', 'textButton', 'imageButton', 'carouselView', 'cascadeView']);

/** Every view in a layout (sizes and actions also carry a `type`, so the vocabulary decides). */
function components(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((item) => components(item, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.type === 'string' && COMPONENT_TYPES.has(record.type)) found.push(record);
    Object.values(record).forEach((item) => components(item, found));
  }
  return found;
}
const types = (t: Template) => new Set(components(t.ui_template).map((c) => c.type));
const isV3 = (t: Template) => 'ui_template' in t || 'data_template' in t;

describe('seed catalogue', () => {
  it('holds at least 25 templates with unique keys, names and millisecond timestamps within the last year', () => {
    expect(seed.length).toBeGreaterThanOrEqual(25);
    expect(new Set(seed.map((t) => t.key)).size).toBe(seed.length);
    for (const t of seed) {
      expect(t.name.length).toBeGreaterThan(0);
      const created = t.created_at as number;
      const updated = t.updated_at as number;
      expect(created).toBeGreaterThan(Date.UTC(2025, 0, 1));
      expect(updated).toBeGreaterThanOrEqual(created);
      expect(updated - created).toBeLessThan(366 * 86_400_000);
    }
  });

  it('is mostly v3 with a few v2 templates', () => {
    const v2 = seed.filter((t) => !isV3(t));
    expect(v2.length).toBeGreaterThanOrEqual(3);
    expect(v2.length).toBeLessThanOrEqual(4);
    for (const t of v2) {
      expect(t).toMatchObject({ template_key: t.key, is_archived: expect.any(Boolean), version: expect.any(Number) });
      expect(t.channels).toEqual(expect.arrayContaining([expect.objectContaining({ type: expect.stringMatching(/^(alimtalk|sms|whatsapp|push)$/) })]));
      expect((t.variable_schema as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it('covers every component and layout feature', () => {
    const all = new Set(seed.flatMap((t) => [...types(t)]));
    for (const type of ['box', 'text', 'image', 'textButton', 'imageButton', 'carouselView']) expect(all).toContain(type);
    const textOnly = seed.filter((t) => isV3(t) && t.ui_template && [...types(t)].every((type) => type === 'box' || type === 'text'));
    expect(textOnly.length).toBeGreaterThan(0);
    const carousel = components(byKey.get('new_arrivals_carousel')?.ui_template).find((c) => c.type === 'carouselView');
    expect(carousel?.carouselStyle).toMatchObject({ spacing: expect.anything(), maxChildWidth: expect.anything() });
    for (const item of carousel?.items as Record<string, unknown>[]) expect(item).toMatchObject({ version: 1, body: { items: expect.any(Array) } });
    expect(seed.some((t) => components(t.ui_template).some((c) => (c.viewStyle as Record<string, unknown> | undefined)?.backgroundImageUrl))).toBe(true);
    const images = seed.flatMap((t) => components(t.ui_template)).filter((c) => c.type === 'image' || c.type === 'imageButton');
    expect(images.every((c) => typeof c.imageUrl === 'string' && (c.imageUrl.startsWith('https://') || c.imageUrl.startsWith('{')))).toBe(true);
  });

  it('has a data-only template', () => {
    const data = seed.filter((t) => 'data_template' in t && !('ui_template' in t));
    expect(data.length).toBeGreaterThan(0);
  });

  it('has color variables as light/dark pairs, referenced as {name}', () => {
    const colored = seed.filter((t) => t.color_variables);
    expect(colored.length).toBeGreaterThanOrEqual(3);
    for (const t of colored) {
      const names = Object.keys(t.color_variables as object);
      for (const [name, value] of Object.entries(t.color_variables as Record<string, string>)) {
        expect(value).toMatch(/^#[0-9A-F]{8}, #[0-9A-F]{8}$/);
        expect(JSON.stringify(t.ui_template)).toContain(`{${name}}`);
      }
      for (const name of names) expect(templateVariables(t)).not.toContain(name);
    }
    expect(byKey.get('referral_bonus')?.color_variables).toEqual({ brand_primary: '#FF742DDD, #FFC2A9FA' });
  });

  it('has archived templates in both shapes', () => {
    expect(seed.filter((t) => t.is_archived === true && isV3(t)).length).toBeGreaterThanOrEqual(1);
    expect(seed.filter((t) => t.is_archived === true && !isV3(t)).length).toBeGreaterThanOrEqual(1);
  });

  it('has long, Korean, Japanese and emoji names', () => {
    const names = seed.map((t) => t.name);
    expect(names.some((n) => n.length >= 80)).toBe(true);
    expect(names.some((n) => /[\uAC00-\uD7A3]/.test(n))).toBe(true);
    expect(names.some((n) => /[\u3040-\u30FF]/.test(n))).toBe(true);
    expect(names.some((n) => /\p{Extended_Pictographic}/u.test(n))).toBe(true);
  });

  it('has quirks: version "1", numbers as strings, a view variable, an unknown field', () => {
    expect(seed.some((t) => (t.ui_template as { version?: unknown } | undefined)?.version === '1')).toBe(true);
    const notice = byKey.get('maintenance_notice');
    expect(JSON.stringify(notice?.ui_template)).toMatch(/"size":"\d+"/);
    expect(notice).toHaveProperty('x_review_state');
    expect(JSON.stringify(byKey.get('in_app_survey')?.ui_template)).toContain('{@selected_score}');
  });

  it('gives templates between 0 and 6 variables, most several', () => {
    const counts = seed.map((t) => templateVariables(t).length);
    expect(Math.max(...counts)).toBe(6);
    expect(counts.filter((n) => n >= 1 && n <= 6).length).toBeGreaterThanOrEqual(seed.length - 1);
    expect(counts.filter((n) => n >= 3).length).toBeGreaterThan(seed.length / 2);
  });

  it('returns a fresh copy on every call', () => {
    const first = seedCatalogue() as Template[];
    first[0]!.name = 'edited';
    expect((seedCatalogue() as Template[])[0]!.name).not.toBe('edited');
  });

  it('is what demoApp() serves, with the demo ids', () => {
    expect(demoApp()).toEqual({ appId: DEMO_APP_ID, apiToken: DEMO_API_TOKEN, integrationToken: DEMO_INTEGRATION_TOKEN, templates: seedCatalogue() });
  });
});

describe('template variables', () => {
  it('reads {name} placeholders from ui_template and data_template, minus colors and view variables', () => {
    expect(templateVariables(byKey.get('payment_failed'))).toEqual(['first_name', 'amount', 'currency', 'card_last4', 'update_url']);
    expect(templateVariables(byKey.get('order_status_data'))).toEqual(['order_id', 'order_status', 'status_updated_at']);
    expect(templateVariables(byKey.get('in_app_survey'))).toEqual(['first_name']);
    expect(templateVariables(byKey.get('new_arrivals_carousel'))).toHaveLength(6);
  });

  it('reads variable_schema keys for v2 templates', () => {
    expect(templateVariables(byKey.get('alimtalk_order_confirmed'))).toEqual(['customer_name', 'order_number', 'order_total']);
  });

  it('parses a data_template given as JSON text', () => {
    expect(templateVariables({ key: 'k', data_template: '{"a":"{x}","b":"y"}' })).toEqual(['x']);
  });

  it('survives junk', () => {
    for (const junk of [null, 1, 'x', [], {}, { ui_template: 5 }, { variable_schema: [null, { key: 3 }] }]) expect(templateVariables(junk)).toEqual([]);
  });
});

describe('generated catalogue', () => {
  it('is deterministic per seed and varies between seeds', () => {
    expect(generateCatalogue(200, { seed: 3 })).toEqual(generateCatalogue(200, { seed: 3 }));
    expect(generateCatalogue(200, { seed: 3 })).not.toEqual(generateCatalogue(200, { seed: 4 }));
  });

  it('builds 5,000 templates with unique keys in the gen_00001_<slug> form, mixing shapes', () => {
    const templates = generateCatalogue(5000) as Template[];
    expect(templates).toHaveLength(5000);
    expect(new Set(templates.map((t) => t.key)).size).toBe(5000);
    expect(templates[0]!.key).toMatch(/^gen_00001_[a-z0-9_]+$/);
    expect(templates[4999]!.key).toMatch(/^gen_05000_/);
    for (const t of templates) if ('template_key' in t) expect(t.template_key).toBe(t.key);
    expect(templates.some((t) => 'variable_schema' in t)).toBe(true);
    expect(templates.some((t) => components(t.ui_template).some((c) => c.type === 'carouselView'))).toBe(true);
    expect(templates.filter((t) => t.is_archived === true).length).toBeGreaterThan(50);
    expect(new Set(templates.map((t) => t.name)).size).toBeGreaterThan(1000);
    const updated = templates.map((t) => t.updated_at as number);
    expect(new Set(updated).size).toBeLessThan(5000);
    for (const t of templates) expect(t.updated_at as number).toBeGreaterThanOrEqual(t.created_at as number);
  });

  it('refuses a bad count', () => {
    expect(() => generateCatalogue(-1)).toThrow(RangeError);
    expect(generateCatalogue(0)).toEqual([]);
  });
});

describe('page tokens', () => {
  const scope: PageScope = { order: 'updated_at', reverse: true, keys: '' };

  it('round-trip any cursor within their scope', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 }), fc.string(), fc.boolean(), (updatedAt, key, reverse) => {
        const own = { ...scope, reverse };
        expect(decodePageToken(encodePageToken({ updatedAt, key }, own), own)).toEqual({ updatedAt, key });
        expect(decodePageToken(encodePageToken({ updatedAt, key }, own), { ...own, reverse: !reverse })).toBeUndefined();
      }),
    );
  });

  it('reject garbage', () => {
    fc.assert(
      fc.property(fc.string(), (token) => {
        const cursor = decodePageToken(token, scope);
        if (cursor) expect(encodePageToken(cursor, scope)).toBe(token);
      }),
    );
  });
});
