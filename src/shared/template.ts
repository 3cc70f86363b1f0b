/**
 * The one template model every surface uses, whichever shape Sendbird sent
 * (v3 with `ui_template` placeholders, or v2 with `variable_schema`).
 */
export type VariableLocation = 'text' | 'image' | 'button' | 'action' | 'style' | 'data' | 'channel' | 'other';

export interface TemplateVariable {
  /** The placeholder name, e.g. `first_name` for `{first_name}`. */
  name: string;
  /** Declared type (v2 `variable_schema`), when Sendbird says. */
  type?: string;
  /** Human label (v2 `variable_schema[].name`), when Sendbird says. */
  label?: string;
  /** Where the placeholder appears, in order of first appearance. */
  locations: VariableLocation[];
}

export interface ColorVariable {
  name: string;
  light: string;
  dark: string;
}

export interface UiTemplate {
  version: number;
  body: { items: unknown[] };
}

export interface TemplateChannel {
  type: string;
  name?: string;
  content: unknown;
}

export interface Template {
  key: string;
  name: string;
  /** Unix milliseconds. */
  createdAt: number;
  updatedAt: number;
  archived: boolean;
  shape: 'v3' | 'v2';
  variables: TemplateVariable[];
  uiTemplate?: UiTemplate;
  dataTemplate?: Record<string, string>;
  colorVariables: ColorVariable[];
  channels?: TemplateChannel[];
}

/** A template Sendbird sent that we could not use, and why. */
export interface SkippedTemplate {
  key?: string;
  reason: string;
}

/** `{name}` placeholders (Sendbird's own pattern); `{@name}` is a view variable. */
export const PLACEHOLDER_PATTERN = /\{([^{}]+)\}/g;
