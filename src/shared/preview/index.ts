/**
 * The template preview and its variable form, shared by the toolbar popup and
 * the content-script picker (inside an open shadow root on CleverTap pages).
 *
 * Styles are not global: put `previewCss` in the same document or shadow root,
 * with <PreviewStyles /> inside the React tree, a <style> of your own, or
 * adoptPreviewStyles(shadowRoot) (a constructed sheet: no inline <style>, so a
 * page's style-src CSP does not apply).
 */
import { createElement } from 'react';
import css from './preview.css?inline';

export const previewCss: string = css;

export function PreviewStyles() {
  return createElement('style', { 'data-sbp-styles': '' }, previewCss);
}

export function adoptPreviewStyles(root: Document | ShadowRoot): void {
  if (typeof CSSStyleSheet !== 'undefined' && 'adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(previewCss);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = (root instanceof Document ? root : root.ownerDocument).createElement('style');
  style.textContent = previewCss;
  (root instanceof Document ? root.head : root).append(style);
}

export { TemplatePreview, Segments, type TemplatePreviewProps } from './TemplatePreview';
export { VariableForm, type VariableFormProps } from './VariableForm';
export { createFillContext, fillSegments, fillString, sampleValue, sampleValues, SAMPLE_IMAGE_URL, type Appearance, type FillContext, type Segment } from './variables';
export { buildView, httpsUrl, SUPPORTED_TEMPLATE_VERSIONS, type BuildResult, type ViewNode } from './model';
export { argbToCss, toCssColor } from './colors';
