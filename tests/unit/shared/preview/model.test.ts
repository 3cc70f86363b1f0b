import { describe, expect, it } from 'vitest';
import { buildView, httpsUrl, type ViewNode } from '../../../../src/shared/preview/model';
import { createFillContext } from '../../../../src/shared/preview/variables';
import { uikitSamples } from './helpers';

const context = createFillContext({ variables: [{ name: 'w', locations: ['style'] }], colorVariables: [] }, { w: '120' }, 'light');
const build = (items: unknown) => buildView(items, context);

function walk(nodes: readonly ViewNode[], visit: (node: ViewNode) => void) {
  for (const node of nodes) {
    visit(node);
    if (node.type === 'box') walk(node.items, visit);
    if (node.type === 'carouselView' || node.type === 'cascadeView') for (const card of node.items) walk(card.items, visit);
  }
}

describe('buildView', () => {
  it('applies Sendbird’s defaults: fill width, wrap height, row boxes aligned top-left', () => {
    const [box] = build([{ type: 'box', items: [] }]).items;
    expect(box).toMatchObject({ type: 'box', layout: 'row', align: { horizontal: 'left', vertical: 'top' }, width: { type: 'flex', value: 0 }, height: { type: 'flex', value: 1 } });
  });

  it('reads numbers written as strings, and placeholders inside numbers', () => {
    const [text] = build([
      { type: 'text', text: 'x', width: { type: 'fixed', value: '{w}' }, height: { type: 'fixed', value: '40' }, maxTextLines: '2', textStyle: { size: '16', weight: '700' }, viewStyle: { radius: '8', padding: { top: '4', left: '6' } } },
    ]).items;
    expect(text).toMatchObject({
      width: { type: 'fixed', value: 120 },
      height: { type: 'fixed', value: 40 },
      maxTextLines: 2,
      textStyle: { size: 16, weight: 700 },
      style: { radius: 8, padding: { top: 4, right: 0, bottom: 0, left: 6 } },
    });
  });

  it('falls back to defaults for sizes and styles it cannot read', () => {
    const [text] = build([{ type: 'text', text: 'x', width: { type: 'fixed', value: 'wide' }, height: 'tall', viewStyle: { radius: -3, borderWidth: 'thick' }, textStyle: { size: 0, weight: 'heavy' } }]).items;
    expect(text).toMatchObject({ width: { type: 'flex', value: 0 }, height: { type: 'flex', value: 1 }, style: {}, textStyle: { weight: 'normal' } });
  });

  it('turns anything it cannot draw into a placeholder node, never an exception', () => {
    const result = build([null, 'text', 42, [], { type: 'video', url: 'x' }, { items: [] }, { type: 'carouselView', items: '{@cards}' }, { type: 'carouselView' }]);
    expect(result.items.map((node) => node.type)).toEqual(Array(8).fill('unsupported'));
    expect(result.items[4]).toMatchObject({ componentType: 'video', reason: 'Unsupported component: video' });
    expect(result.items[6]).toMatchObject({ reason: expect.stringContaining('{@cards}') });
    expect(result.notes.length).toBeGreaterThan(0);
  });

  it('survives non-array items, cycles of depth and huge templates', () => {
    expect(build(undefined).items).toEqual([]);
    expect(build({ 0: { type: 'text' } }).items).toEqual([]);

    let deep: unknown = { type: 'text', text: 'bottom' };
    for (let depth = 0; depth < 100; depth++) deep = { type: 'box', items: [deep] };
    const nested = build([deep]);
    let unsupported = 0;
    walk(nested.items, (node) => {
      if (node.type === 'unsupported') unsupported++;
    });
    expect(unsupported).toBe(1);

    const many = build(Array.from({ length: 5000 }, () => ({ type: 'text', text: 'x' })));
    expect(many.items.length).toBeLessThanOrEqual(2001);
    expect(many.items.at(-1)?.type).toBe('unsupported');
  });

  it('loads images only from absolute https URLs', () => {
    expect(httpsUrl('https://cdn.example.com/a b.png')).toBe('https://cdn.example.com/a%20b.png');
    expect(httpsUrl('http://cdn.example.com/a.png')).toBeUndefined();
    expect(httpsUrl('javascript:alert(1)')).toBeUndefined();
    expect(httpsUrl('data:image/png;base64,AAAA')).toBeUndefined();
    expect(httpsUrl('//cdn.example.com/a.png')).toBeUndefined();
    expect(httpsUrl('/a.png')).toBeUndefined();

    const [a, b, c] = build([
      { type: 'image', imageUrl: 'http://cdn.example.com/a.png' },
      { type: 'image', imageUrl: '{missing_variable}' },
      { type: 'image' },
    ]).items;
    expect(a).toMatchObject({ source: { kind: 'blocked' } });
    expect(b).toMatchObject({ source: { kind: 'blocked' } });
    expect(c).toMatchObject({ source: { kind: 'missing' } });
  });

  it('accepts carousel cards as whole templates or bare item lists', () => {
    const [carousel] = build([{ type: 'carouselView', carouselStyle: { spacing: '6', maxChildWidth: '200' }, items: [{ version: 1, body: { items: [{ type: 'text', text: 'a' }] } }, [{ type: 'text', text: 'b' }], 'junk'] }]).items;
    expect(carousel).toMatchObject({ type: 'carouselView', spacing: 6, maxChildWidth: 200 });
    if (carousel?.type !== 'carouselView') throw new Error('not a carousel');
    expect(carousel.items.map((card) => card.items[0]?.type)).toEqual(['text', 'text', 'unsupported']);
  });

  it('draws every component of Sendbird’s 16 sample templates', () => {
    expect(uikitSamples).toHaveLength(16);
    const seen = new Set<string>();
    for (const sample of uikitSamples) {
      const items = (sample as { body: { items: unknown[] } }).body.items;
      const result = build(items);
      walk(result.items, (node) => seen.add(node.type));
      expect(result.items.length).toBeGreaterThan(0);
      walk(result.items, (node) => expect(node.type).not.toBe('unsupported'));
    }
    expect([...seen].sort()).toEqual(['box', 'carouselView', 'image', 'imageButton', 'text', 'textButton']);
  });
});
