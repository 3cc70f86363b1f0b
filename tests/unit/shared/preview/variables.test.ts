import { describe, expect, it } from 'vitest';
import { argbToCss, toCssColor } from '../../../../src/shared/preview/colors';
import { createFillContext, fillSegments, fillString, sampleValue, sampleValues, SAMPLE_IMAGE_URL } from '../../../../src/shared/preview/variables';
import { seedTemplate } from './helpers';

describe('colors (Sendbird writes #AARRGGBB)', () => {
  it('moves the alpha pair to the end, as uikit-message-template colorTransform does', () => {
    expect(argbToCss('#FF742DDD')).toBe('#742DDDFF');
    expect(argbToCss('#80FF0000')).toBe('#FF000080');
    expect(argbToCss('#8F00')).toBe('#F008');
    expect(argbToCss('#742DDD')).toBe('#742DDD');
    expect(argbToCss('#FFF')).toBe('#FFF');
    expect(argbToCss('red')).toBe('red');
  });

  it('accepts plain colors only', () => {
    expect(toCssColor(' #FFD32F2F ')).toBe('#D32F2FFF');
    expect(toCssColor('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
    expect(toCssColor('transparent')).toBe('transparent');
    expect(toCssColor('{alert_color}')).toBeUndefined();
    expect(toCssColor('red; background: url(https://evil.example/x)')).toBeUndefined();
    expect(toCssColor('url(https://evil.example/x)')).toBeUndefined();
    expect(toCssColor('#12345')).toBeUndefined();
    expect(toCssColor(42)).toBeUndefined();
  });
});

describe('filling placeholders', () => {
  const template = seedTemplate('payment_failed');

  it('fills data variables and marks empty ones', () => {
    const context = createFillContext(template, { first_name: 'Grace', amount: '' }, 'light');
    expect(fillSegments('Hi {first_name}, {amount} due', context)).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'value', text: 'Grace', name: 'first_name' },
      { kind: 'text', text: ', ' },
      { kind: 'unfilled', text: '{amount}', name: 'amount' },
      { kind: 'text', text: ' due' },
    ]);
  });

  it('resolves color variables for the appearance, before data variables', () => {
    const light = createFillContext(template, { alert_color: 'ignored: colors win' }, 'light');
    const dark = createFillContext(template, {}, 'dark');
    expect(fillString('{alert_color}', light).value).toBe('#FFD32F2F');
    expect(fillString('{alert_color}', dark).value).toBe('#FFFF6B6B');
  });

  it('leaves unknown placeholders as they are (view variables, typos)', () => {
    const context = createFillContext(template, {}, 'light');
    const filled = fillString('Score {@selected_score} for {frist_name}', context);
    expect(filled.value).toBe('Score {@selected_score} for {frist_name}');
    expect(filled.unknown).toEqual(['@selected_score', 'frist_name']);
    expect(filled.unfilled).toEqual([]);
  });

  it('treats a value as text, never as markup or another placeholder', () => {
    const context = createFillContext(template, { first_name: '<b>{amount}</b>', amount: '$1' }, 'light');
    expect(fillString('Hi {first_name}', context).value).toBe('Hi <b>{amount}</b>');
  });

  it('tolerates spaces inside braces and braces that never close', () => {
    const context = createFillContext(template, { first_name: 'Ada' }, 'light');
    expect(fillString('Hi { first_name }!', context).value).toBe('Hi Ada!');
    expect(fillString('Hi {first_name', context).value).toBe('Hi {first_name');
    expect(fillString('{}', context).value).toBe('{}');
  });
});

describe('sample values', () => {
  it.each([
    ['first_name', 'Ada'],
    ['firstName', 'Ada'],
    ['last_name', 'Lovelace'],
    ['customer_name', 'Ada Lovelace'],
    ['tracking_url', 'https://example.com/tracking'],
    ['product_image_url', SAMPLE_IMAGE_URL],
    ['amount', '$42.00'],
    ['new_price', '$42.00'],
    ['renewal_date', 'Mar 14, 2026'],
    ['login_time', 'Mar 14, 2026, 10:30 AM'],
    ['coupon_code', 'SPRING24'],
    ['promo_code', 'SPRING24'],
    ['otp_code', '482913'],
    ['discount_percent', '20'],
    ['order_id', '12345'],
    ['user_email', 'ada@example.com'],
    ['item_count', '3'],
    ['store_name', 'Store name'],
    ['webinar_title', 'Webinar title'],
    ['x', 'X'],
  ])('%s -> %s', (name, expected) => {
    expect(sampleValue(name)).toBe(expected);
  });

  it('uses where a variable appears: an image slot gets an https image', () => {
    expect(sampleValue({ name: 'qr_code_url', locations: ['image'] })).toBe(SAMPLE_IMAGE_URL);
    expect(sampleValue({ name: 'wallet_balance', type: 'number', locations: ['channel'] })).toBe('$42.00');
    expect(sampleValue({ name: 'top_story', type: 'number', locations: ['channel'] })).toBe('42');
  });

  it('fills every variable of a template, and every sample URL is https', () => {
    const values = sampleValues(seedTemplate('cart_reminder'));
    expect(Object.keys(values).sort()).toEqual(['item_count', 'item_name', 'product_image_url']);
    expect(values.product_image_url).toMatch(/^https:\/\//);
  });
});
