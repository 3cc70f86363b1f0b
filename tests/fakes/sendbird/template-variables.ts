/**
 * Which variables a send must fill for a template: Sendbird's server-side
 * rule, re-implemented here on purpose so the stand-in checks the extension
 * against an independent reading of the format rather than against itself.
 */

const PLACEHOLDER = /\{([^{}]+)\}/g;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A v3 template carries its layout (`ui_template`) and/or data (`data_template`). */
export function isV3Template(template: Json): boolean {
  return template.ui_template != null || template.data_template != null;
}

/** The template's variable names, in order of first appearance, without duplicates. */
export function templateVariables(template: unknown): string[] {
  if (!isObject(template)) return [];
  if (isV3Template(template)) return v3Variables(template);
  return v2Variables(template);
}

function v3Variables(template: Json): string[] {
  const colors = isObject(template.color_variables) ? new Set(Object.keys(template.color_variables)) : new Set<string>();
  const names = new Set<string>();
  const collect = (text: string) => {
    for (const match of text.matchAll(PLACEHOLDER)) {
      const name = match[1];
      // Color variables are resolved before data variables; `{@x}` are view variables the client fills.
      if (name === undefined || colors.has(name) || name.startsWith('@')) continue;
      names.add(name);
    }
  };
  walkStrings(template.ui_template, collect);
  walkStrings(parseIfJsonText(template.data_template), collect);
  return [...names];
}

function v2Variables(template: Json): string[] {
  if (!Array.isArray(template.variable_schema)) return [];
  const names = new Set<string>();
  for (const entry of template.variable_schema) {
    if (isObject(entry) && typeof entry.key === 'string' && entry.key !== '') names.add(entry.key);
  }
  return [...names];
}

/** A data template may arrive as JSON text; scanning the text itself would read `{"a":1}` as a placeholder. */
function parseIfJsonText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function walkStrings(value: unknown, visit: (text: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) for (const item of value) walkStrings(item, visit);
  else if (isObject(value)) for (const item of Object.values(value)) walkStrings(item, visit);
}
