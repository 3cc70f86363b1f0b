import { describe, expect, it } from 'vitest';
import { progressText } from '../../../src/shared/template-list';
import { useLocale } from '../support/fake-i18n';

describe('progressText with a Retry-After wait: two sentences, spaced as the UI language writes them', () => {
  const now = 1_000_000;
  // The popup with Show archived ticked: 300 rows listed, of ~5,000 with archived ones.
  const listed = { listed: 300, archivedToo: true };
  const progress = { expected: 5000, pages: 3, from: 300, retryAt: now + 4_200 };
  const cases = [
    ['en', 'en-US', 'Loading templates… 300 of ~5,000. Sendbird asked us to wait: retrying in 5 s.'],
    ['ko', 'ko', '템플릿을 불러오는 중… 약 5,000개 중 300개. Sendbird가 대기를 요청했습니다: 5초 후 다시 시도합니다.'],
    ['ja', 'ja', 'テンプレートを読み込み中… 約 5,000 件中 300 件。Sendbird から待機を求められました: 5 秒後に再試行します。'],
  ] as const;
  for (const [locale, language, expected] of cases) {
    it(locale, () => {
      const stop = useLocale(locale, language);
      try {
        expect(progressText(progress, listed, now)).toBe(expected);
        // The wait is over: only the loading sentence.
        expect(progressText({ ...progress, retryAt: now }, listed, now)).toBe(expected.slice(0, expected.indexOf(locale === 'ja' ? '。' : '.') + 1));
      } finally {
        stop();
      }
    });
  }
});
