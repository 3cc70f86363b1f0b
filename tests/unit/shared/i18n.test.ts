import { describe, expect, it } from 'vitest';
import { getMessageFrom, type MessageFile } from '../support/locale-messages';
import { COMMA_GROUPED_LANGUAGES, formatNumber, joinSentences, sentenceGap, t, tPlural, uiLanguage } from '../../../src/shared/i18n';
import { installFakeI18n, useLocale } from '../support/fake-i18n';

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

  it('groups whole numbers without Intl exactly as Intl does, in every language it does so for', () => {
    const target = globalThis.chrome as unknown as { i18n?: unknown };
    const saved = target.i18n;
    const values = [0, 7, -7, 42, 999, 1000, -1000, 12345, 100000, 999999, 1000000, -20000000, 123456789, Number.MAX_SAFE_INTEGER, 1.5, 1234.5678, -0.25];
    try {
      for (const language of COMMA_GROUPED_LANGUAGES) {
        installFakeI18n(target, 'en', language);
        for (const value of values) expect(formatNumber(value), `${language} ${value}`).toBe(new Intl.NumberFormat(language).format(value));
      }
    } finally {
      target.i18n = saved;
    }
  });

  it('tPlural has a type only for families with _one and _other', () => {
    // @ts-expect-error extName is no plural family
    expect(() => tPlural('extName', 1)).not.toThrow();
  });
});

describe('joinSentences: two sentences of the UI, said one after the other', () => {
  // Each row: the UI language's own messages joined, then what a marketer reads.
  const cases = [
    ['en', 'en-US', 'Refresh failed. The rest of the list did not load. Save in CleverTap to keep it.'],
    ['ko', 'ko', '새로 고침에 실패했습니다. 목록의 나머지를 불러오지 못했습니다. 유지하려면 CleverTap에서 저장하세요.'],
    ['ja', 'ja', '更新に失敗しました。一覧の残りを読み込めませんでした。残すには CleverTap で保存してください。'],
  ] as const;
  for (const [locale, language, expected] of cases) {
    it(`${locale}: ${locale === 'ja' ? 'no space after 。' : 'one space after the full stop'}`, () => {
      const stop = useLocale(locale, language);
      try {
        expect(joinSentences(t('popup_refreshFailed'), t('popup_restNotLoaded'), t('picker_saveToKeep'))).toBe(expected);
        // A sentence left out (false, null, undefined, '') leaves no gap behind.
        expect(joinSentences(t('popup_refreshFailed'), false, null, undefined, '', t('popup_restNotLoaded'))).toBe(joinSentences(t('popup_refreshFailed'), t('popup_restNotLoaded')));
        expect(joinSentences(false, t('popup_refreshFailed'))).toBe(t('popup_refreshFailed'));
        expect(joinSentences()).toBe('');
      } finally {
        stop();
      }
    });
  }

  it('follows the sentence, not the UI language: English text in a Japanese UI keeps its space, 。！？ (in a closing bracket too) take none', () => {
    expect(joinSentences('Sendbird answered 500.', '更新に失敗しました。')).toBe('Sendbird answered 500. 更新に失敗しました。');
    expect(joinSentences('更新に失敗しました。', 'Bad gateway.')).toBe('更新に失敗しました。Bad gateway.');
    for (const end of ['！', '？', '。）', '。」']) expect(sentenceGap(`完了${end}`), end).toBe('');
    for (const end of ['.', '!', '?', '…', ')', '다']) expect(sentenceGap(`Done${end}`), end).toBe(' ');
  });
});
