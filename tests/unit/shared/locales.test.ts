import { describe, expect, it } from 'vitest';
import { getMessageFrom, localeNames, readMessages, type MessageFile } from '../support/locale-messages';
import manifest from '../../../manifest.config.ts';

const LOCALES = ['en', 'ja', 'ko'];

/** Every "$name$" the message uses and every "$n" its placeholders take. */
function placeholderShape(entry: MessageFile[string]): string {
  const used = [...entry.message.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((match) => match[1]!.toLowerCase()).sort();
  const declared = Object.entries(entry.placeholders ?? {})
    .map(([name, value]) => `${name.toLowerCase()}=${value.content}`)
    .sort();
  return JSON.stringify({ used: [...new Set(used)], declared });
}

describe('_locales', () => {
  it('has exactly en, ja and ko', () => {
    expect(localeNames()).toEqual(LOCALES);
  });

  const english = readMessages('en');

  it('English names are valid Chrome message names, unique ignoring case, and described for translators', () => {
    const lower = Object.keys(english).map((name) => name.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    for (const [name, entry] of Object.entries(english)) {
      expect(name, name).toMatch(/^[a-zA-Z0-9_@]+$/);
      expect(name.startsWith('@@'), name).toBe(false);
      expect(entry.description?.trim(), `${name} has no description`).toBeTruthy();
    }
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      const messages = readMessages(locale);

      it('has the same keys as English', () => {
        expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      });

      it('has no empty message', () => {
        const empty = Object.entries(messages).filter(([, entry]) => typeof entry.message !== 'string' || entry.message.trim() === '');
        expect(empty.map(([name]) => name)).toEqual([]);
      });

      it('uses the same placeholders as English, each declared and each used', () => {
        for (const [name, entry] of Object.entries(messages)) {
          const englishEntry = english[name];
          if (!englishEntry) continue;
          expect(placeholderShape(entry), `${locale}/${name}`).toBe(placeholderShape(englishEntry));
          const used = new Set([...entry.message.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((match) => match[1]!.toLowerCase()));
          for (const declared of Object.keys(entry.placeholders ?? {})) expect(used.has(declared.toLowerCase()), `${locale}/${name} never uses $${declared}$`).toBe(true);
          for (const usedName of used) expect(Object.keys(entry.placeholders ?? {}).map((key) => key.toLowerCase()), `${locale}/${name} uses undeclared $${usedName}$`).toContain(usedName);
        }
      });

      it('keeps raw $1..$9 out of messages (a value goes in through a named placeholder)', () => {
        for (const [name, entry] of Object.entries(messages)) expect(entry.message, `${locale}/${name}`).not.toMatch(/\$[1-9]/);
      });
    });
  }

  it('every plural family has _one and _other', () => {
    for (const name of Object.keys(english)) {
      const base = name.match(/^(.*)_(one|other)$/)?.[1];
      if (!base) continue;
      expect(english[`${base}_one`], `${base}_one`).toBeDefined();
      expect(english[`${base}_other`], `${base}_other`).toBeDefined();
    }
  });

  it('the manifest takes its name and description from the messages, English by default', () => {
    expect(manifest).toMatchObject({ default_locale: 'en', name: '__MSG_extName__', description: '__MSG_extDescription__' });
    expect(getMessageFrom(english, 'extDescription').length).toBeLessThanOrEqual(132);
    for (const locale of LOCALES) expect(readMessages(locale).extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});

describe('wording', () => {
  const english = readMessages('en');

  /**
   * The placeholders that stand for a whole sentence, read from English, where the next sentence follows
   * them ("$why$ The templates that arrived…"). Filled by a message of the same locale, in Japanese they
   * end in 。; only these are filled with English text (the worker's own detail), after which a space stays.
   */
  const FILLED_IN_ENGLISH = new Set(['error_badResponseDetail/detail']);
  function sentencePlaceholders(name: string): string[] {
    const message = english[name]?.message ?? '';
    return [...message.matchAll(/\$([a-zA-Z0-9_@]+)\$ +(?=[A-Z])/g)].map((match) => match[1]!).filter((placeholder) => !FILLED_IN_ENGLISH.has(`${name}/${placeholder}`));
  }

  it('ja: no space after the full stop 。, written or at the end of a sentence a placeholder brings', () => {
    const spaced: string[] = [];
    for (const [name, entry] of Object.entries(readMessages('ja'))) {
      if (/。\s/.test(entry.message)) spaced.push(`${name}: 。 then a space`);
      for (const placeholder of sentencePlaceholders(name)) {
        if (new RegExp(`\\$${placeholder}\\$\\s`, 'i').test(entry.message)) spaced.push(`${name}: a space after $${placeholder}$, a sentence ending in 。`);
      }
    }
    expect(spaced).toEqual([]);
  });

  it('ja: question and exclamation marks are full-width (？！), as 。 is, so the next sentence follows them without a space', () => {
    const halfWidth = Object.entries(readMessages('ja')).filter(([, entry]) => /[?!]/.test(entry.message.replace(/\$[a-zA-Z0-9_@]+\$/g, '')));
    expect(halfWidth.map(([name, entry]) => `${name}: ${entry.message}`)).toEqual([]);
  });

  it('ja: a failure said inside a sentence reads without a space after its 。 (picker_incompleteWhy, as the picker shows it)', () => {
    const ja = readMessages('ja');
    const why = getMessageFrom(ja, 'error_unexpectedAnswer');
    expect(why.endsWith('。')).toBe(true);
    expect(getMessageFrom(ja, 'picker_incompleteWhy', why)).not.toMatch(/。\s/);
  });

  it('ko: one spelling for refresh, 새로 고침 (not 새로고침)', () => {
    const ko = Object.entries(readMessages('ko'));
    expect(ko.filter(([, entry]) => entry.message.includes('새로 고침')).length).toBeGreaterThan(0);
    expect(ko.filter(([, entry]) => entry.message.includes('새로고침')).map(([name, entry]) => `${name}: ${entry.message}`)).toEqual([]);
  });
});

it('English name and description equal package.json (other tools read them from there)', async () => {
  const pkg = (await import('../../../package.json', { with: { type: 'json' } })).default;
  const english = readMessages('en');
  expect(english.extName!.message).toBe(pkg.displayName);
  expect(english.extDescription!.message).toBe(pkg.description);
});

it('minimum_chrome_version matches the build target', async () => {
  const { readFileSync } = await import('node:fs');
  const viteConfig = readFileSync(`${import.meta.dirname}/../../../vite.config.ts`, 'utf8');
  const target = viteConfig.match(/target:\s*'chrome(\d+)'/)?.[1];
  expect(target).toBeDefined();
  expect(manifest).toMatchObject({ minimum_chrome_version: target });
});
