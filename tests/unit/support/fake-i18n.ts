import { getMessageFrom, readMessages } from './locale-messages';

/**
 * The fake browser has no chrome.i18n: give unit tests one that answers from the English
 * messages with Chrome's substitution rules, so components render exactly what an
 * English-speaking marketer sees.
 */
export function installFakeI18n(target: { i18n?: unknown }, locale = 'en', uiLanguage = 'en-US'): void {
  const messages = readMessages(locale);
  // One entry per lower-cased name, as Chrome keeps them; lookups stay O(1) for big lists.
  const byName = new Map(Object.entries(messages).map(([name, entry]) => [name.toLowerCase(), { [name]: entry }]));
  target.i18n = {
    getMessage: (key: string, substitutions?: string | string[]) => getMessageFrom(byName.get(key.toLowerCase()) ?? {}, key, substitutions),
    getUILanguage: () => uiLanguage,
    getAcceptLanguages: async () => [uiLanguage],
    detectLanguage: async () => ({ isReliable: false, languages: [] }),
  };
}

/** Until the returned stop: chrome.i18n answers from `locale`'s messages, with `uiLanguage` as the UI language. */
export function useLocale(locale: string, uiLanguage: string): () => void {
  const target = globalThis.chrome as unknown as { i18n?: unknown };
  const saved = target.i18n;
  installFakeI18n(target, locale, uiLanguage);
  return () => {
    target.i18n = saved;
  };
}
