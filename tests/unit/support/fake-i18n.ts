import { getMessageFrom, readMessages } from './locale-messages';

/**
 * The fake browser has no chrome.i18n: give unit tests one that answers from the English
 * messages with Chrome's substitution rules, so components render exactly what an
 * English-speaking marketer sees.
 */
export function installFakeI18n(target: { i18n?: unknown }, locale = 'en', uiLanguage = 'en-US'): void {
  const messages = readMessages(locale);
  target.i18n = {
    getMessage: (key: string, substitutions?: string | string[]) => getMessageFrom(messages, key, substitutions),
    getUILanguage: () => uiLanguage,
    getAcceptLanguages: async () => [uiLanguage],
    detectLanguage: async () => ({ isReliable: false, languages: [] }),
  };
}
