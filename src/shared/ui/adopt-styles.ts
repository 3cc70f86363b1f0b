/**
 * Puts stylesheets into a page or a shadow root: a constructed sheet where the
 * browser has them (no inline <style>, so a page's style-src CSP does not
 * apply), a <style> element otherwise.
 */
export function adoptStyles(root: Document | ShadowRoot, ...sheets: string[]): void {
  const css = sheets.join('\n');
  if (typeof CSSStyleSheet !== 'undefined' && 'adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = (root instanceof Document ? root : root.ownerDocument).createElement('style');
  style.textContent = css;
  (root instanceof Document ? root.head : root).append(style);
}
