/**
 * A JSON value given as its text and served exactly as written. For documents
 * too deep to build as objects here (structuredClone and JSON.stringify
 * recurse, and give up long before a 2,000-box template), so tests can serve
 * what a hostile Sendbird app could hold. Not part of Sendbird.
 */
const MARK = '$rawJson';

export function rawJson(text: string): Record<string, string> {
  return { [MARK]: text };
}

/** JSON.stringify, with every rawJson(...) value replaced by its text. */
export function stringifyWithRaw(body: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(body, (_key, value: unknown) => {
    if (value && typeof value === 'object' && Object.keys(value).length === 1 && typeof (value as Record<string, unknown>)[MARK] === 'string') {
      return `\u0000raw${raws.push((value as Record<string, string>)[MARK]!) - 1}\u0000`;
    }
    return value;
  });
  return raws.length ? text.replace(/"\\u0000raw(\d+)\\u0000"/g, (_match, index: string) => raws[Number(index)]!) : text;
}
