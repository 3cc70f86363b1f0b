/**
 * happy-dom has no XPath. The content script finds visible text with one XPath
 * form only (src/content/dom/text.ts, elementsWithText):
 *   .//text()[contains(translate(., 'A…Z', 'a…z'), <string literal or concat()>)]
 * This stand-in answers exactly that form, as Chromium would, and refuses any other.
 */
const TEXT_QUERY = /^\.\/\/text\(\)\[contains\(translate\(\., '([A-Z]+)', '([a-z]+)'\), (.+)\)\]$/;

function parseLiteral(expression: string): string {
  const single = /^'([^']*)'$/.exec(expression);
  if (single) return single[1]!;
  const concat = /^concat\((.*)\)$/.exec(expression);
  if (!concat) throw new Error(`text-xpath stand-in: unsupported string ${expression}`);
  return [...concat[1]!.matchAll(/'([^']*)'|"([^"]*)"/g)].map((part) => part[1] ?? part[2] ?? '').join('');
}

export function installTextXPath(): void {
  if ('XPathResult' in globalThis) return;
  Object.assign(globalThis, { XPathResult: { ORDERED_NODE_SNAPSHOT_TYPE: 7 } });
  // On the document's own prototype: happy-dom's per-window classes are not the global Document.
  Object.getPrototypeOf(document).evaluate = function evaluate(this: Document, query: string, root: Node) {
    const match = TEXT_QUERY.exec(query);
    if (!match) throw new Error(`text-xpath stand-in: unsupported query ${query}`);
    const [, upper, lower] = match as unknown as [string, string, string, string];
    const needle = parseLiteral(match[3]!);
    const fold = (text: string) => text.replace(/[A-Z]/g, (c) => lower[upper.indexOf(c)] ?? c);
    const found: Node[] = [];
    const walker = this.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (fold(node.nodeValue ?? '').includes(needle)) found.push(node);
    return { snapshotLength: found.length, snapshotItem: (i: number) => found[i] ?? null } as unknown as XPathResult;
  } as Document['evaluate'];
}
