import { readFileSync } from 'node:fs';
import path from 'node:path';

export type Messages = (key: string, ...values: string[]) => string;

/** The extension's messages in lang, as chrome.i18n fills them: for finding controls by their label in any language. */
export function messagesOf(lang: string): Messages {
  const file = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../public/_locales', lang, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, { content: string }> }
  >;
  return (key, ...values) => {
    const entry = file[key];
    if (!entry) throw new Error(`no message ${key}`);
    return entry.message.replace(/\$([a-zA-Z0-9_]+)\$/g, (_whole, name: string) => {
      const index = Number(entry.placeholders?.[name]?.content.slice(1)) - 1;
      return values[index] ?? '';
    });
  };
}
