import { t } from './i18n';

/**
 * The webhook payload contract, version 1 (README, "The webhook payload"). This is the
 * only place that knows its key names and its personalization syntax.
 * For every valid state S and body mode M: read(write(S, M), M) equals S.
 */
export const PAYLOAD_VERSION = 1;

export const PAYLOAD_KEYS = {
  version: 'payload_version',
  template: 'template_key',
  receiver: 'receiver',
  eventName: 'event_name',
  variables: 'variables',
} as const;

const VARIABLE_PREFIX = `${PAYLOAD_KEYS.variables}.`;
const SCALAR_KEYS: ReadonlySet<string> = new Set([PAYLOAD_KEYS.version, PAYLOAD_KEYS.template, PAYLOAD_KEYS.receiver, PAYLOAD_KEYS.eventName]);

export const DEFAULT_RECEIVER_PROPERTY = 'SendbirdID';

/** Where a variable's value comes from. */
export type VariableSource =
  | { kind: 'text'; text: string }
  /** A CleverTap profile property, with an optional default ('' for none). */
  | { kind: 'profile'; property: string; fallback: string }
  /** An event property (live-behaviour campaigns). Liquid names no event, so `event` is '' in Custom Body mode. */
  | { kind: 'event'; event: string; property: string };

export interface PayloadState {
  templateKey: string;
  /** The CleverTap profile property holding the Sendbird user id. */
  receiverProperty: string;
  eventName: string;
  variables: Record<string, VariableSource>;
}

/** CleverTap's two body modes: "Profile Variables & custom key value pairs", and "Custom Body". */
export type BodyMode = 'key-value' | 'custom-body';

export interface KeyValueRow {
  key: string;
  value: string;
}

// --- personalization syntax ------------------------------------------------

// `s`: property and event names may hold any character, line separators included.
const AT_PROFILE = /^@Profile - (.+?)(?: \| default:"([^"]*)")?$/s;
const AT_EVENT = /^@(.+?) - (.+)$/s;
const LIQUID_PROFILE = /^\{\{\s*Profile\.([^|{}]+?)\s*(?:\|\s*default:\s*(?:'([^']*)'|"([^"]*)")\s*)?\}\}$/;
const LIQUID_EVENT = /^\{\{\s*Event\.([^|{}]+?)\s*\}\}$/;

/** Writes a variable's source in the syntax CleverTap expects for the body mode. */
export function formatSource(source: VariableSource, mode: BodyMode): string {
  switch (source.kind) {
    case 'text':
      return source.text;
    case 'profile':
      if (mode === 'key-value') return `@Profile - ${source.property}${source.fallback ? ` | default:"${source.fallback}"` : ''}`;
      return `{{ Profile.${source.property}${source.fallback ? ` | default: '${source.fallback}'` : ''} }}`;
    case 'event':
      return mode === 'key-value' ? `@${source.event} - ${source.property}` : `{{ Event.${source.property} }}`;
  }
}

/** Reads a value back into a source; anything that is not personalization is text. */
export function parseSource(value: string, mode: BodyMode): VariableSource {
  if (mode === 'key-value') {
    const profile = AT_PROFILE.exec(value);
    if (profile) return { kind: 'profile', property: profile[1]!, fallback: profile[2] ?? '' };
    // AT_PROFILE takes every "@Profile - …" first, so an event is never called Profile here.
    const event = AT_EVENT.exec(value);
    if (event) return { kind: 'event', event: event[1]!, property: event[2]! };
    return { kind: 'text', text: value };
  }
  const profile = LIQUID_PROFILE.exec(value);
  if (profile) return { kind: 'profile', property: profile[1]!, fallback: profile[2] ?? profile[3] ?? '' };
  const event = LIQUID_EVENT.exec(value);
  if (event) return { kind: 'event', event: '', property: event[1]! };
  return { kind: 'text', text: value };
}

/** A value typed by hand: personalization in either syntax, else the text as typed. */
export function parseTypedSource(value: string): VariableSource {
  for (const mode of ['key-value', 'custom-body'] as const) {
    const source = parseSource(value.trim(), mode);
    if (source.kind !== 'text') return source;
  }
  return { kind: 'text', text: value };
}

/** Whether a value uses Liquid, which stops CleverTap from batching requests. */
export function containsLiquid(value: string): boolean {
  return /\{\{[\s\S]*\}\}|\{%[\s\S]*%\}/.test(value);
}

// --- key-value mode ----------------------------------------------------------

/** Rows that belong to the extension; every other row is the marketer's. */
export function isContractKey(key: string): boolean {
  const trimmed = key.trim();
  return SCALAR_KEYS.has(trimmed) || trimmed.startsWith(VARIABLE_PREFIX);
}

export function toKeyValueRows(state: PayloadState): KeyValueRow[] {
  return [
    { key: PAYLOAD_KEYS.version, value: String(PAYLOAD_VERSION) },
    { key: PAYLOAD_KEYS.template, value: state.templateKey },
    { key: PAYLOAD_KEYS.receiver, value: formatSource({ kind: 'profile', property: state.receiverProperty, fallback: '' }, 'key-value') },
    { key: PAYLOAD_KEYS.eventName, value: state.eventName },
    ...Object.entries(state.variables).map(([name, source]) => ({ key: `${VARIABLE_PREFIX}${name}`, value: formatSource(source, 'key-value') })),
  ];
}

/** The saved selection in key-value rows, or null when they hold no version-1 payload. */
export function fromKeyValueRows(rows: readonly KeyValueRow[]): PayloadState | null {
  // Keys are compared trimmed, so the marketer's rows never match ours.
  const get = (key: string) => rows.find((row) => row.key.trim() === key)?.value;
  if (get(PAYLOAD_KEYS.version)?.trim() !== String(PAYLOAD_VERSION)) return null;
  const templateKey = get(PAYLOAD_KEYS.template);
  if (templateKey === undefined) return null;
  // fromEntries, not assignment: a variable may be called __proto__.
  const variables: Record<string, VariableSource> = Object.fromEntries(
    rows
      .filter((row) => row.key.trim().startsWith(VARIABLE_PREFIX))
      .map((row) => [row.key.trim().slice(VARIABLE_PREFIX.length), parseSource(row.value, 'key-value')]),
  );
  return {
    templateKey,
    receiverProperty: receiverPropertyOf(get(PAYLOAD_KEYS.receiver) ?? '', 'key-value'),
    eventName: get(PAYLOAD_KEYS.eventName) ?? '',
    variables,
  };
}

// --- custom body mode --------------------------------------------------------

export function toCustomBody(state: PayloadState): string {
  const body = {
    [PAYLOAD_KEYS.version]: PAYLOAD_VERSION,
    [PAYLOAD_KEYS.template]: state.templateKey,
    [PAYLOAD_KEYS.receiver]: formatSource({ kind: 'profile', property: state.receiverProperty, fallback: '' }, 'custom-body'),
    [PAYLOAD_KEYS.eventName]: state.eventName,
    [PAYLOAD_KEYS.variables]: Object.fromEntries(Object.entries(state.variables).map(([name, source]) => [name, formatSource(source, 'custom-body')])),
  };
  return JSON.stringify(body, null, 2);
}

export type CustomBodyContent = { kind: 'empty' } | { kind: 'ours'; state: PayloadState } | { kind: 'foreign' };

/**
 * What a Custom Body holds. A body with Liquid is not JSON until CleverTap renders
 * it, and one holding anything besides our object is the marketer's: 'foreign'.
 */
export function readCustomBody(text: string): CustomBodyContent {
  if (!text.trim()) return { kind: 'empty' };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: 'foreign' };
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { kind: 'foreign' };
  const record = body as Record<string, unknown>;
  const allowed = new Set<string>([...SCALAR_KEYS, PAYLOAD_KEYS.variables]);
  if (Object.keys(record).some((key) => !allowed.has(key))) return { kind: 'foreign' };
  if (String(record[PAYLOAD_KEYS.version]) !== String(PAYLOAD_VERSION)) return { kind: 'foreign' };
  const templateKey = record[PAYLOAD_KEYS.template];
  const receiver = record[PAYLOAD_KEYS.receiver] ?? '';
  const eventName = record[PAYLOAD_KEYS.eventName] ?? '';
  const rawVariables = record[PAYLOAD_KEYS.variables] ?? {};
  if (typeof templateKey !== 'string' || typeof receiver !== 'string' || typeof eventName !== 'string') return { kind: 'foreign' };
  if (!rawVariables || typeof rawVariables !== 'object' || Array.isArray(rawVariables)) return { kind: 'foreign' };
  const entries = Object.entries(rawVariables as Record<string, unknown>);
  if (entries.some(([, value]) => typeof value !== 'string')) return { kind: 'foreign' };
  const variables: Record<string, VariableSource> = Object.fromEntries(entries.map(([name, value]) => [name, parseSource(value as string, 'custom-body')]));
  return { kind: 'ours', state: { templateKey, receiverProperty: receiverPropertyOf(receiver, 'custom-body'), eventName, variables } };
}

function receiverPropertyOf(value: string, mode: BodyMode): string {
  const source = parseSource(value, mode);
  return source.kind === 'profile' ? source.property : value;
}

// --- validity --------------------------------------------------------------

/**
 * Why Custom Body carries no personalised variable values (issue #13, item 8).
 * In Custom Body a value is substituted inside a JSON string: a value holding `"`,
 * `\` or a line break breaks the body, and a crafted one (`x", "receiver": "victim`)
 * changes `receiver` or `template_key` for that end user. CleverTap's Liquid
 * documentation (https://docs.clevertap.com/docs/liquid-tags, "We support only the
 * terms identified in our documentation") names no filter that escapes a value for
 * JSON, so none is used. Variables from profile or event properties go in key-value
 * mode, where each value is its own pair and nothing is parsed around it. The
 * receiver stays personalised in Custom Body: it is the Sendbird user id the app
 * itself stores in the profile, not text an end user types.
 */
export const PERSONALIZED_VALUES_IN_CUSTOM_BODY = false;

/**
 * Typed text (a variable's text, the event name) is written as typed, and CleverTap
 * renders Liquid in it: `{{` or `{%` that is not a whole personalization (those are
 * read as a profile or event source) would be rendered, or break rendering, so it is
 * refused in both modes.
 */
export function typedTextProblem(text: string): string | undefined {
  return /\{\{|\{%/.test(text) ? t('error_partialLiquid') : undefined;
}

/**
 * What stops a template variable's value from being written in a mode: the
 * syntax rules (sourceProblem), partial Liquid in typed text, and in Custom Body
 * any profile or event value (PERSONALIZED_VALUES_IN_CUSTOM_BODY).
 */
export function variableProblem(source: VariableSource, mode: BodyMode): string | undefined {
  const syntax = sourceProblem(source, mode);
  if (syntax) return syntax;
  if (source.kind === 'text') return typedTextProblem(source.text);
  return mode === 'custom-body' && !PERSONALIZED_VALUES_IN_CUSTOM_BODY ? t('error_personalizationInCustomBody') : undefined;
}

/**
 * Characters a value cannot hold in a mode without changing its meaning (the
 * quotes that end a default, the markers of personalization). The picker
 * refuses them next to the field; the round trip holds for everything else.
 */
export function sourceProblem(source: VariableSource, mode: BodyMode): string | undefined {
  if (source.kind === 'text') {
    return parseSource(source.text, mode).kind === 'text' ? undefined : t('error_textLooksLikePersonalization');
  }
  const property = source.property;
  if (!property.trim()) return t('error_propertyMissing');
  if (property !== property.trim()) return t('error_propertySpaces');
  if (/[{}|"']/.test(property) || property.includes('\n')) return t('error_propertyCharacters');
  if (source.kind === 'profile') {
    const quote = mode === 'key-value' ? '"' : "'";
    if (source.fallback.includes(quote) || /[{}\n]/.test(source.fallback)) return t('error_defaultCharacters', quote);
    if (source.fallback !== source.fallback.trim()) return t('error_defaultSpaces');
  }
  if (source.kind === 'event' && mode === 'key-value') {
    if (!source.event.trim()) return t('error_eventMissing');
    if (source.event !== source.event.trim() || source.event.includes(' - ') || source.event === 'Profile' || source.event.includes('\n')) {
      return t('error_eventNotWritable');
    }
  }
  return undefined;
}
