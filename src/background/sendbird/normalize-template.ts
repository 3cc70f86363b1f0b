import { z } from 'zod/mini';
import { t } from '../../shared/i18n';
import { lazily } from '../../shared/lazily';
import {
  isTemplateKey,
  PLACEHOLDER_PATTERN,
  type ColorVariable,
  type SkippedTemplate,
  type Template,
  type TemplateVariable,
  type VariableLocation,
} from '../../shared/template';

/** What Sendbird sends, v3 and v2: built on first use (lazily.ts), i.e. at the first sync or template read, not at every worker start. */
const sendbirdTemplateSchemas = lazily(() => {
  // Sendbird sometimes sends numbers as strings.
  const numberish = z.union([z.number(), z.pipe(z.string().check(z.regex(/^-?\d+(\.\d+)?$/)), z.transform(Number))]);
  const timestamp = z.catch(z.optional(numberish), undefined);
  const optionalFlag = z.catch(z.optional(z.boolean()), undefined);
  const uiTemplate = z.object({
    version: z.catch(z.optional(numberish), undefined),
    body: z.object({ items: z.array(z.unknown()) }),
  });
  const v3 = z.object({
    key: z.string().check(z.minLength(1)),
    name: z.optional(z.string()),
    created_at: timestamp,
    updated_at: timestamp,
    is_archived: optionalFlag,
    ui_template: z.optional(uiTemplate),
    data_template: z.optional(z.record(z.string(), z.unknown())),
    color_variables: z.catch(z.optional(z.record(z.string(), z.string())), undefined),
  });
  const v2 = z.object({
    key: z.optional(z.string().check(z.minLength(1))),
    template_key: z.optional(z.string().check(z.minLength(1))),
    name: z.optional(z.string()),
    created_at: timestamp,
    updated_at: timestamp,
    is_archived: optionalFlag,
    variable_schema: z.array(z.object({ key: z.string().check(z.minLength(1)), type: z.optional(z.string()), name: z.optional(z.string()) })),
    channels: z.catch(z.optional(z.array(z.object({ type: z.string(), name: z.optional(z.string()), content: z.unknown() }))), undefined),
  });
  return { v3, v2 };
});
type SendbirdTemplateSchemas = ReturnType<typeof sendbirdTemplateSchemas>;

export type NormalizeResult = { ok: true; template: Template } | { ok: false; skipped: SkippedTemplate };

/** Never throws: a template that cannot be read is skipped with its reason, the others stay. */
export function normalizeTemplate(raw: unknown): NormalizeResult {
  const key = keyOf(raw);
  try {
    return readTemplate(raw, key);
  } catch (error) {
    if (error instanceof TooDeep) return skip(key, t('error_templateTooDeep', MAX_TEMPLATE_DEPTH));
    return skip(key, t('error_templateUnreadable', error instanceof Error ? error.name : 'Error'));
  }
}

function readTemplate(raw: unknown, key: string | undefined): NormalizeResult {
  if (key !== undefined && !isTemplateKey(key)) return skip(undefined, t('error_templateKeyInvalid', JSON.stringify(key.slice(0, 40))));
  if (raw && typeof raw === 'object' && 'variable_schema' in raw) {
    const v2 = sendbirdTemplateSchemas().v2.safeParse(raw);
    if (!v2.success) return skip(key, `v2 template: ${firstIssue(v2.error)}`);
    return { ok: true, template: fromV2(v2.data) };
  }
  const v3 = sendbirdTemplateSchemas().v3.safeParse(raw);
  if (!v3.success) return skip(key, firstIssue(v3.error));
  if (!v3.data.ui_template && !v3.data.data_template) return skip(key, 'it has neither a ui_template nor a data_template');
  return { ok: true, template: fromV3(v3.data) };
}

function fromV3(raw: z.infer<SendbirdTemplateSchemas['v3']>): Template {
  const colorVariables = parseColorVariables(raw.color_variables ?? {});
  const colorNames = new Set(colorVariables.map((color) => color.name));
  const found = new Map<string, Set<VariableLocation>>();
  const dataTemplate = raw.data_template ? stringifyValues(raw.data_template) : undefined;
  if (raw.ui_template) collectPlaceholders(raw.ui_template.body, 'other', found);
  if (dataTemplate) collectPlaceholders(dataTemplate, 'data', found);
  const variables: TemplateVariable[] = [...found]
    .filter(([name]) => !colorNames.has(name) && !name.startsWith('@'))
    .map(([name, locations]) => ({ name, locations: [...locations] }));
  return {
    key: raw.key,
    name: raw.name?.trim() || raw.key,
    createdAt: raw.created_at ?? 0,
    updatedAt: raw.updated_at ?? raw.created_at ?? 0,
    archived: raw.is_archived ?? false,
    shape: 'v3',
    variables,
    uiTemplate: raw.ui_template ? { version: raw.ui_template.version ?? 1, body: raw.ui_template.body } : undefined,
    dataTemplate,
    colorVariables,
  };
}

function fromV2(raw: z.infer<SendbirdTemplateSchemas['v2']>): Template {
  const key = (raw.key ?? raw.template_key)!;
  const seen = new Set<string>();
  const variables: TemplateVariable[] = [];
  for (const variable of raw.variable_schema) {
    if (seen.has(variable.key)) continue;
    seen.add(variable.key);
    variables.push({ name: variable.key, type: variable.type, label: variable.name, locations: ['channel'] });
  }
  return {
    key,
    name: raw.name?.trim() || key,
    createdAt: raw.created_at ?? 0,
    updatedAt: raw.updated_at ?? raw.created_at ?? 0,
    archived: raw.is_archived ?? false,
    shape: 'v2',
    variables,
    colorVariables: [],
    channels: raw.channels,
  };
}

/** `{ name: "#FF742DDD, #FFC2A9FA" }`: the light value, then the dark one. */
function parseColorVariables(raw: Record<string, string>): ColorVariable[] {
  return Object.entries(raw).map(([name, value]) => {
    const [light = '', dark] = value.split(',').map((part) => part.trim());
    return { name, light, dark: dark || light };
  });
}

const LOCATION_BY_COMPONENT: Record<string, VariableLocation> = {
  text: 'text',
  image: 'image',
  textButton: 'button',
  imageButton: 'button',
};

/**
 * How deep a template's JSON may nest (objects and arrays). Real templates stay
 * well under 30; a deeper one is hostile or broken and is skipped, so nothing
 * after this (storage, messaging, preview) ever walks it.
 */
export const MAX_TEMPLATE_DEPTH = 100;

class TooDeep extends Error {}

/** Walks iteratively (no recursion, so no stack to exhaust) and stops past MAX_TEMPLATE_DEPTH. */
function collectPlaceholders(root: unknown, rootLocation: VariableLocation, found: Map<string, Set<VariableLocation>>): void {
  const stack: { node: unknown; location: VariableLocation; depth: number }[] = [{ node: root, location: rootLocation, depth: 0 }];
  // Visited in document order: children are pushed in reverse.
  while (stack.length) {
    const { node, location, depth } = stack.pop()!;
    if (typeof node === 'string') {
      for (const match of node.matchAll(PLACEHOLDER_PATTERN)) {
        const name = match[1]!.trim();
        if (!name) continue;
        const locations = found.get(name) ?? new Set<VariableLocation>();
        locations.add(location);
        found.set(name, locations);
      }
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    if (depth >= MAX_TEMPLATE_DEPTH) throw new TooDeep();
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--) stack.push({ node: node[index], location, depth: depth + 1 });
      continue;
    }
    const type = (node as { type?: unknown }).type;
    const here = (typeof type === 'string' && Object.hasOwn(LOCATION_BY_COMPONENT, type) && LOCATION_BY_COMPONENT[type]) || location;
    const entries = Object.entries(node);
    for (let index = entries.length - 1; index >= 0; index--) {
      const [field, value] = entries[index]!;
      const within = field === 'action' ? 'action' : /style$/i.test(field) ? 'style' : here;
      stack.push({ node: value, location: within, depth: depth + 1 });
    }
  }
}

function stringifyValues(record: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]));
}

function keyOf(raw: unknown): string | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { key, template_key } = raw as Record<string, unknown>;
  return typeof key === 'string' ? key : typeof template_key === 'string' ? template_key : undefined;
}

function skip(key: string | undefined, reason: string): NormalizeResult {
  return { ok: false, skipped: { key, reason } };
}

function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || 'template'}: ${issue.message}` : 'invalid template';
}
