/**
 * CleverTap personalization, rendered for one profile. Pure and DOM-free: the
 * server renders what it POSTs with it and the SPA's live preview uses the same
 * code, so the two cannot disagree.
 *
 * Two syntaxes are understood, as CleverTap stores them:
 * - `@Profile - <property>` and `@<Event name> - <property>`, each optionally
 *   followed by ` | default:"<text>"`. Names may contain spaces.
 * - Liquid: `{{ Profile.<property> }}`, `{{ Event.<property> }}`, with an
 *   optional `| default: 'text'` or `| default: "text"` filter.
 * A missing or empty value renders its default, or nothing.
 */
import type { Scalar } from './sample-data';

export interface RenderContext {
  identity: string;
  profileData: Record<string, Scalar>;
  /** Properties of the qualifying event; empty for past-behavior audiences. */
  eventProperties: Record<string, Scalar>;
}

const LIQUID = /\{\{([\s\S]*?)\}\}/g;
const LIQUID_PATH = /^\s*(Profile|Event)\s*(?:\.\s*([^|]*?)|\[\s*(['"])(.*?)\3\s*\])\s*(\|[\s\S]*)?$/;
const LIQUID_DEFAULT = /\|\s*default\s*:\s*(?:'([^']*)'|"([^"]*)")/;
// `@` only opens a token at a word boundary, so e-mail addresses stay as they are.
const AT_HEAD = /(?<![\w.@])@([^@\n|"{}]{1,80}?) - /;
// Where an unknown property name ends when no known name matches.
const NAME_STOP = /^[^|"\n,;{}<>@]*/;
const AT_DEFAULT = /^\s*\|\s*default\s*:\s*(?:"([^"]*)"|'([^']*)')/;

export function renderPersonalization(text: string, context: RenderContext): string {
  return renderAtTokens(renderLiquid(text, context), context);
}

/** True when the text holds Liquid (which rules out CleverTap's batched requests). */
export function hasLiquid(text: string): boolean {
  return /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/.test(text);
}

/** True when the text holds personalization of either syntax. */
export function hasPersonalization(text: string): boolean {
  return hasLiquid(text) || AT_HEAD.test(text);
}

function renderLiquid(text: string, context: RenderContext): string {
  return text.replace(LIQUID, (_whole, expression: string) => {
    const match = LIQUID_PATH.exec(expression);
    // Liquid renders unknown variables as nothing.
    if (!match) return '';
    const [, object, dotted, , bracketed, filters] = match;
    const name = (dotted ?? bracketed ?? '').trim();
    const value = object === 'Profile' ? profileValue(name, context) : lookup(context.eventProperties, name);
    const fallback = filters ? LIQUID_DEFAULT.exec(filters) : null;
    return withDefault(value, fallback ? (fallback[1] ?? fallback[2]) : undefined);
  });
}

function renderAtTokens(text: string, context: RenderContext): string {
  let out = '';
  let cursor = 0;
  const heads = new RegExp(AT_HEAD.source, 'g');
  for (let head = heads.exec(text); head; head = heads.exec(text)) {
    const source = (head[1] ?? '').trim();
    const isProfile = source === 'Profile';
    const nameStart = head.index + head[0].length;
    const rest = text.slice(nameStart);
    const known = isProfile ? ['Identity', ...Object.keys(context.profileData)] : Object.keys(context.eventProperties);
    const name = longestKnownPrefix(rest, known) ?? (NAME_STOP.exec(rest)?.[0] ?? '').trimEnd();
    let end = nameStart + name.length;
    const fallback = AT_DEFAULT.exec(text.slice(end));
    if (fallback) end += fallback[0].length;
    // The event name is not checked: CleverTap only offers the qualifying event's properties.
    const value = isProfile ? profileValue(name, context) : lookup(context.eventProperties, name);
    out += text.slice(cursor, head.index) + withDefault(value, fallback ? (fallback[1] ?? fallback[2]) : undefined);
    cursor = end;
    heads.lastIndex = end;
  }
  return out + text.slice(cursor);
}

/** Names may contain spaces, so a known name wins over guessing where the name ends. */
function longestKnownPrefix(rest: string, names: string[]): string | undefined {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  return sorted.find((name) => rest.startsWith(name) && !/[\w]/.test(rest.charAt(name.length)));
}

function profileValue(name: string, context: RenderContext): Scalar | undefined {
  if (name.toLowerCase() === 'identity') return context.identity;
  return lookup(context.profileData, name);
}

function lookup(record: Record<string, Scalar>, name: string): Scalar | undefined {
  if (name in record) return record[name];
  const lower = name.toLowerCase();
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : record[key];
}

function withDefault(value: Scalar | undefined, fallback: string | undefined): string {
  if (value === undefined || value === '') return fallback ?? '';
  return String(value);
}
