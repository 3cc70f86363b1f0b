import { normalizeTemplate } from '../../../../src/background/sendbird/normalize-template';
import type { Template } from '../../../../src/shared/template';
import { seedCatalogue } from '../../../fakes/sendbird';
import fixture from './fixtures/uikit-samples.json';

/** The 16 `samples` of @sendbird/uikit-message-template (MIT), as Sendbird serves ui_template documents. */
export const uikitSamples: unknown[] = fixture.samples;

/** Raw Sendbird JSON through the real normalizer, as the background hands templates to the popup. */
export function normalize(raw: unknown): Template {
  const result = normalizeTemplate(raw);
  if (!result.ok) throw new Error(`Not a usable template: ${result.skipped.reason}`);
  return result.template;
}

export function seedTemplate(key: string): Template {
  const raw = seedCatalogue().find((template) => (template as { key?: string; template_key?: string }).key === key);
  if (!raw) throw new Error(`No seed template ${key}`);
  return normalize(raw);
}

/** A template around some ui_template items (colors: `{ name: "#light, #dark" }`). */
export function uiTemplate(items: unknown[], options: { colors?: Record<string, string>; version?: number | string; key?: string } = {}): Template {
  return normalize({
    key: options.key ?? 'test_template',
    name: 'Test template',
    created_at: 1_700_000_000_000,
    updated_at: 1_700_000_000_000,
    ui_template: { version: options.version ?? 1, body: { items } },
    ...(options.colors ? { color_variables: options.colors } : {}),
  });
}
