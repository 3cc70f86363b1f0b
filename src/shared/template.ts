import { z } from 'zod/mini';
import { lazily } from './lazily';

/**
 * The one template model every surface uses, whichever shape Sendbird sent
 * (v3 with `ui_template` placeholders, or v2 with `variable_schema`). The
 * schemas check it where it crosses from the background to a page.
 */
export const VARIABLE_LOCATIONS = ['text', 'image', 'button', 'action', 'style', 'data', 'channel', 'other'] as const;
export type VariableLocation = (typeof VARIABLE_LOCATIONS)[number];

const templateVariableSchema = () =>
  z.object({
    /** The placeholder name, e.g. `first_name` for `{first_name}`. */
    name: z.string(),
    /** Declared type (v2 `variable_schema`), when Sendbird says. */
    type: z.optional(z.string()),
    /** Human label (v2 `variable_schema[].name`), when Sendbird says. */
    label: z.optional(z.string()),
    /** Where the placeholder appears, in order of first appearance. */
    locations: z.array(z.enum(VARIABLE_LOCATIONS)),
  });
export type TemplateVariable = z.infer<ReturnType<typeof templateVariableSchema>>;

const colorVariableSchema = () => z.object({ name: z.string(), light: z.string(), dark: z.string() });
export type ColorVariable = z.infer<ReturnType<typeof colorVariableSchema>>;

const uiTemplateSchema = () => z.object({ version: z.number(), body: z.object({ items: z.array(z.unknown()) }) });
export type UiTemplate = z.infer<ReturnType<typeof uiTemplateSchema>>;

const templateChannelSchema = () => z.object({ type: z.string(), name: z.optional(z.string()), content: z.unknown() });
export type TemplateChannel = z.infer<ReturnType<typeof templateChannelSchema>>;

/** Built on first use (lazily.ts): only a templates.get answer needs it. */
export const templateSchema = lazily(() =>
  z.object({
    key: z.string(),
    name: z.string(),
    /** Unix milliseconds. */
    createdAt: z.number(),
    updatedAt: z.number(),
    archived: z.boolean(),
    shape: z.enum(['v3', 'v2']),
    variables: z.array(templateVariableSchema()),
    uiTemplate: z.optional(uiTemplateSchema()),
    dataTemplate: z.optional(z.record(z.string(), z.string())),
    colorVariables: z.array(colorVariableSchema()),
    channels: z.optional(z.array(templateChannelSchema())),
  }),
);
export type Template = z.infer<ReturnType<typeof templateSchema>>;

/** What a list needs: small enough to send 5,000 of them at once. */
export type TemplateSummary = Pick<Template, 'key' | 'name' | 'updatedAt' | 'archived'> & {
  /** The variables' names. */
  variables: string[];
};

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
