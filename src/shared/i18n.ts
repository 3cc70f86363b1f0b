/**
 * Every string a marketer reads comes from here: chrome.i18n messages in
 * public/_locales/<lang>/messages.json (en is the source and the fallback Chrome uses
 * for a missing key), and numbers, dates and plurals through Intl in the browser's UI
 * language. Works in the options page, the popup, the service worker and the content
 * script's isolated world (chrome.i18n is available in all of them); unit tests get a
 * chrome.i18n that reads the English file (tests/unit/support/fake-i18n.ts).
 *
 * Adding a string: put the key in all three messages.json files (en, ko, ja; the locale
 * test fails otherwise), named `<surface>_<camelCaseWhat>` (surface: common, options,
 * popup, picker, setup, tile, error, ext), and call t('options_saveButton'). A value goes
 * in as a named placeholder ("$name$" with "content": "$1") and a substitution:
 * t('popup_connectedApp', appId). A count goes through tPlural: keys `<base>_one` and
 * `<base>_other` (every locale has both; ko/ja use the same text), $1 is the count
 * already formatted for the UI language. Two sentences shown together go through
 * joinSentences (sentenceGap where markup sits between them), labels listed in a sentence
 * through joinList: Japanese puts no space after 。！？ and lists with 、.
 */
import type englishMessages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof englishMessages;
/** A message family counted with tPlural: `<base>_one` and `<base>_other` exist. */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}_other` ? (`${Base}_one` extends MessageKey ? Base : never) : never;
}[MessageKey];

type Substitution = string | number;

/** The message for key in the UI language, with $1..$9 filled from substitutions. */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  const text = chrome.i18n.getMessage(key, substitutions.map(substitutionText));
  // Only a key missing from every locale gives '' (the type and the locale test rule that
  // out); showing the key keeps the UI readable and makes the mistake obvious.
  return text || key;
}

/**
 * The message split around its substitutions, for markup inside a sentence: strings
 * are text, numbers are the index of the substitution that goes there. The caller
 * renders them (src/shared/ui/Message.tsx does it for React).
 */
export function tParts(key: MessageKey, substitutionCount: number): Array<string | number> {
  const markers = Array.from({ length: substitutionCount }, (_, index) => `\uE000${index}\uE001`);
  const text = t(key, ...markers);
  return text
    .split(/(\uE000\d\uE001)/)
    .filter((part) => part !== '')
    .map((part) => (/^\uE000\d\uE001$/.test(part) ? Number(part.slice(1, -1)) : part));
}

/** `<base>_one` or `<base>_other` for count (by the UI language's plural rules), $1 = the count. */
export function tPlural(base: PluralBase, count: number, ...more: Substitution[]): string {
  const category = pluralRules().select(count);
  const key = (category === 'one' ? `${base}_one` : `${base}_other`) as MessageKey;
  return t(key, formatNumber(count), ...more);
}

/**
 * What goes between a sentence and the next one said after it: nothing after a full-width
 * full stop, exclamation or question mark (。！？, possibly inside a closing bracket), as
 * Japanese writes it; one space after anything else, as English and Korean write it. Read
 * from the sentence, not from the UI language: a Japanese UI can show the worker's English
 * detail (error_badResponseDetail), and Chrome falls back to English for a missing key.
 */
export function sentenceGap(previous: string): '' | ' ' {
  return /[。！？][」』）〕】〉》]*$/.test(previous.trimEnd()) ? '' : ' ';
}

/**
 * Sentences of the UI said one after another, each a t() text (or nothing: false, null,
 * undefined and '' are left out), spaced as sentenceGap says. Every place that shows two
 * translated sentences together joins them here, never with ' '.
 */
export function joinSentences(...sentences: Array<string | false | null | undefined>): string {
  return sentences.reduce<string>((text, sentence) => (!sentence ? text : text ? text.trimEnd() + sentenceGap(text) + sentence : sentence), '');
}

/**
 * A few short labels of the UI language listed in a sentence ("text, button";
 * Japanese "テキスト、ボタン"). Not Intl.ListFormat: it would say "text and button"
 * in English, and its first use loads ICU data on the main thread.
 */
export function joinList(items: readonly string[]): string {
  return items.join(/^ja\b/i.test(uiLanguage()) ? '、' : ', ');
}

function substitutionText(value: Substitution): string {
  return typeof value === 'number' ? formatNumber(value) : value;
}

/** The browser's UI language (e.g. "en-US", "ko", "ja"); what Chrome picked messages for. */
export function uiLanguage(): string {
  try {
    return chrome.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

let plural: { language: string; rules: Intl.PluralRules } | undefined;
function pluralRules(): Intl.PluralRules {
  const language = uiLanguage();
  if (plural?.language !== language) plural = { language, rules: new Intl.PluralRules(language) };
  return plural.rules;
}

/**
 * UI languages whose whole numbers Intl groups as 12,345,678: the three we ship and
 * their usual regions (tests/unit/shared/i18n.test.ts checks each against Intl). For them
 * a whole number is grouped here, because the first Intl.NumberFormat in a page's
 * process loads ICU's number data: 45–150 ms on the main thread, paid by the picker's
 * and the popup's first paint on a page that had not used it yet.
 */
export const COMMA_GROUPED_LANGUAGES = ['en', 'en-US', 'en-GB', 'en-CA', 'en-AU', 'ko', 'ko-KR', 'ja', 'ja-JP'];
// Built on the first number formatted, not when the module is evaluated: the content script's
// loader, evaluated at document start before the page's load, imports this module for t().
let commaGrouped: Set<string> | undefined;

let numbers: { language: string; format: Intl.NumberFormat } | undefined;

/** 12,345 / 12,345 / 12,345: grouped as the UI language groups. */
export function formatNumber(value: number): string {
  const language = uiLanguage();
  commaGrouped ??= new Set(COMMA_GROUPED_LANGUAGES.map((grouped) => grouped.toLowerCase()));
  if (Number.isSafeInteger(value) && commaGrouped.has(language.toLowerCase())) {
    return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
  }
  if (numbers?.language !== language) numbers = { language, format: new Intl.NumberFormat(language) };
  return numbers.format.format(value);
}

/** A calendar date ("Dec 4, 2026", "2026. 12. 4.", "2026年12月4日"). */
export function formatDate(epochMs: number, options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' }): string {
  return new Intl.DateTimeFormat(uiLanguage(), options).format(new Date(epochMs));
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 min ago", "3 h ago", "2 d ago", then a date, in the UI language. */
export function relativeTime(then: number, now: number = Date.now()): string {
  if (!Number.isFinite(then) || then <= 0) return t('common_timeUnknown');
  const age = Math.max(0, now - then);
  if (age < MINUTE) return t('common_timeJustNow');
  if (age < HOUR) return t('common_timeMinutesAgo', Math.floor(age / MINUTE));
  if (age < DAY) return t('common_timeHoursAgo', Math.floor(age / HOUR));
  if (age < 30 * DAY) return t('common_timeDaysAgo', Math.floor(age / DAY));
  return formatDate(then);
}
