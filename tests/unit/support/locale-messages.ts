import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One entry of a _locales/<lang>/messages.json file, as Chrome reads it. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessageFile = Record<string, MessageEntry>;

export const LOCALES_DIR = path.resolve(import.meta.dirname, '../../../public/_locales');

export function localeNames(): string[] {
  return readdirSync(LOCALES_DIR).sort();
}

export function readMessages(locale: string): MessageFile {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as MessageFile;
}

/**
 * chrome.i18n.getMessage's rules: names are case-insensitive; "$name$" is replaced by its
 * placeholder's content, then "$1".."$9" by the substitutions (missing ones by ""), and
 * "$$" stands for "$". Unknown key: "".
 */
export function getMessageFrom(messages: MessageFile, key: string, substitutions?: string | string[]): string {
  const entry = Object.entries(messages).find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
  const withPlaceholders = entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole);
  return withPlaceholders.replace(/\$(\$|[1-9])/g, (_whole, what: string) => (what === '$' ? '$' : subs[Number(what) - 1] ?? ''));
}
