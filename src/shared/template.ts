import { z } from 'zod/mini';

/**
 * The one template model every surface uses, whichever shape Sendbird sent
 * (v3 with `ui_template` placeholders, or v2 with `variable_schema`). The
 * schemas check it where it crosses from the background to a page.
 */
export const VARIABLE_LOCATIONS = ['text', 'image', 'button', 'action', 'style', 'data', 'channel', 'other'] as const;
export type VariableLocation = (typeof VARIABLE_LOCATIONS)[number];

export const TemplateVariableSchema = z.object({
  /** The placeholder name, e.g. `first_name` for `{first_name}`. */
  name: z.string(),
  /** Declared type (v2 `variable_schema`), when Sendbird says. */
  type: z.optional(z.string()),
  /** Human label (v2 `variable_schema[].name`), when Sendbird says. */
  label: z.optional(z.string()),
  /** Where the placeholder appears, in order of first appearance. */
  locations: z.array(z.enum(VARIABLE_LOCATIONS)),
});
export type TemplateVariable = z.infer<typeof TemplateVariableSchema>;

const ColorVariableSchema = z.object({ name: z.string(), light: z.string(), dark: z.string() });
export type ColorVariable = z.infer<typeof ColorVariableSchema>;

const UiTemplateSchema = z.object({ version: z.number(), body: z.object({ items: z.array(z.unknown()) }) });
export type UiTemplate = z.infer<typeof UiTemplateSchema>;

const TemplateChannelSchema = z.object({ type: z.string(), name: z.optional(z.string()), content: z.unknown() });
export type TemplateChannel = z.infer<typeof TemplateChannelSchema>;

export const TemplateSchema = z.object({
  key: z.string(),
  name: z.string(),
  /** Unix milliseconds. */
  createdAt: z.number(),
  updatedAt: z.number(),
  archived: z.boolean(),
  shape: z.enum(['v3', 'v2']),
  variables: z.array(TemplateVariableSchema),
  uiTemplate: z.optional(UiTemplateSchema),
  dataTemplate: z.optional(z.record(z.string(), z.string())),
  colorVariables: z.array(ColorVariableSchema),
  channels: z.optional(z.array(TemplateChannelSchema)),
});
export type Template = z.infer<typeof TemplateSchema>;

/** What a list needs: small enough to send 5,000 of them at once. */
export const TemplateSummarySchema = z.extend(z.pick(TemplateSchema, { key: true, name: true, updatedAt: true, archived: true }), {
  /** The variables' names. */
  variables: z.array(z.string()),
});
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;

/** A template Sendbird sent that we could not use, and why. */
export interface SkippedTemplate {
  key?: string;
  reason: string;
}

/**
 * What a template key may look like before it goes anywhere near a request:
 * letters, digits, `_`, `-` and `.` (Sendbird's keys are identifiers like
 * `welcome_offer`), at most 128, and never `.` or `..` alone, which a URL would
 * resolve as a path step (`/templates/..` is `/v3/notifications/`).
 */
export const TEMPLATE_KEY_PATTERN = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,128}$/;

export function isTemplateKey(key: string): boolean {
  return TEMPLATE_KEY_PATTERN.test(key);
}

/**
 * `{name}` placeholders (Sendbird's own pattern); `{@name}` is a view variable.
 * Use it with `matchAll`, which works on a copy; never with `exec` or `test`,
 * which would move its shared `lastIndex`.
 */
export const PLACEHOLDER_PATTERN = /\{([^{}]+)\}/g;
