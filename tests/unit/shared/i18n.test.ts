import { describe, expect, it } from 'vitest';
import { getMessageFrom, type MessageFile } from '../support/locale-messages';
import { formatNumber, t, tPlural, uiLanguage } from '../../../src/shared/i18n';
import { installFakeI18n } from '../support/fake-i18n';

describe('getMessage stand-in follows Chrome', () => {
  const messages: MessageFile = {
    Greeting: { message: 'Hi $Who$, $$5 off ($count$)', placeholders: { who: { content: '$1' }, COUNT: { content: '$2' } } },
  };
  it('fills named placeholders from substitutions, case-insensitively, and unescapes $$', () => {
    expect(getMessageFrom(messages, 'greeting', ['Ana', '3'])).toBe('Hi Ana, $5 off (3)');
    expect(getMessageFrom(messages, 'GREETING', 'Ana')).toBe('Hi Ana, $5 off ()');
    expect(getMessageFrom(messages, 'nope')).toBe('');
  });
});

describe('t and tPlural', () => {
  it('render English in unit tests', () => {
    expect(t('extName')).toBe('Sendbird Business Messaging for CleverTap');
    expect(uiLanguage()).toBe('en-US');
    expect(formatNumber(12345)).toBe('12,345');
  });

  it('format numbers in the UI language', () => {
    const target = globalThis.chrome as unknown as { i18n?: unknown };
    const saved = target.i18n;
    try {
      installFakeI18n(target, 'en', 'de');
      expect(formatNumber(12345)).toBe('12.345');
    } finally {
      target.i18n = saved;
    }
  });

  it('tPlural has a type only for families with _one and _other', () => {
    // @ts-expect-error extName is no plural family
    expect(() => tPlural('extName', 1)).not.toThrow();
  });
});
