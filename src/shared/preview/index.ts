/**
 * The template preview and its variable form, shared by the toolbar popup and
 * the content-script picker (inside an open shadow root on CleverTap pages).
 *
 * Styles are not global: put `previewCss` in the same document or shadow root
 * (`adoptStyles` in shared/ui, or a <style> of your own).
 */
import css from './preview.css?inline';

export const previewCss: string = css;

export { TemplatePreview, Segments, type TemplatePreviewProps } from './TemplatePreview';
export { VariableForm, type VariableFormProps } from './VariableForm';
export { createFillContext, fillSegments, fillString, sampleValue, sampleValues, SAMPLE_IMAGE_URL, type Appearance, type FillContext, type Segment } from './variables';
export { buildView, httpsUrl, SUPPORTED_TEMPLATE_VERSIONS, type BuildResult, type ViewNode } from './model';
export { argbToCss, toCssColor } from './colors';
