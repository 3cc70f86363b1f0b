/**
 * Sendbird's CleverTap integration endpoints:
 *   POST /clevertap/notifications/single  (real time, one profile a request)
 *   POST /clevertap/notifications/multi   (CleverTap's batched "broadcast")
 * Each delivery is checked against the version-1 payload contract and the
 * app's templates; a request is accepted whole or refused whole, so a test
 * never has to reason about half-sent batches.
 */
import type { CatalogueIndex } from './catalogue-index.ts';
import { ErrorCode, errorReply, type JsonReply } from './errors.ts';
import { templateVariables } from './template-variables.ts';
import type { Delivery } from './types.ts';
import { parseWebhookBody, type PayloadFields } from './webhook-payload.ts';

export type NotificationEndpoint = 'single' | 'multi';

/** Sendbird's batch mode takes up to 10,000 targets. */
export const MAX_BATCH = 10_000;
/** A long list of problems is cut in the HTTP message; the received log keeps them all. */
const MAX_PROBLEMS_IN_MESSAGE = 20;

export function notificationEndpoint(path: string): NotificationEndpoint | undefined {
  const match = /^\/clevertap\/notifications\/(single|multi)\/?$/.exec(path);
  return match?.[1] === 'single' || match?.[1] === 'multi' ? match[1] : undefined;
}

export interface NotificationOutcome {
  reply: JsonReply;
  errors: string[];
  deliveries: Delivery[];
}

export function handleNotification(
  endpoint: NotificationEndpoint,
  body: unknown,
  catalogue: CatalogueIndex,
  nextMessageId: () => number,
): NotificationOutcome {
  const parsed = parseWebhookBody(body);
  if (parsed.kind === 'test') return { reply: { status: 200, body: { ok: true } }, errors: [], deliveries: [] };
  if (parsed.kind === 'invalid') return refuse(parsed.errors);
  if (endpoint === 'single' && parsed.profileCount > 1) {
    return refuse([`/clevertap/notifications/single takes one profile per request, got ${parsed.profileCount}; batches go to /clevertap/notifications/multi.`]);
  }
  if (parsed.profileCount > MAX_BATCH) return refuse([`At most ${MAX_BATCH} profiles per request, got ${parsed.profileCount}.`]);

  const label = parsed.payloads.length > 1;
  const problems: string[] = [];
  const deliveries: Delivery[] = [];
  for (const payload of parsed.payloads) {
    const checked = checkPayload(payload, catalogue);
    problems.push(...checked.problems.map((problem) => (label ? `${payload.source}: ${problem}` : problem)));
    if (checked.delivery) deliveries.push(checked.delivery);
  }
  if (problems.length > 0) return refuse(problems);

  const results = deliveries.map((delivery) => ({ receiver: delivery.receiver, status: 'queued', message_id: nextMessageId() }));
  return { reply: { status: 200, body: { results } }, errors: [], deliveries };
}

function refuse(errors: string[]): NotificationOutcome {
  const shown = errors.slice(0, MAX_PROBLEMS_IN_MESSAGE).join(' ');
  const more = errors.length > MAX_PROBLEMS_IN_MESSAGE ? ` (and ${errors.length - MAX_PROBLEMS_IN_MESSAGE} more)` : '';
  return { reply: errorReply(400, ErrorCode.InvalidValue, `Invalid value: ${shown}${more}`), errors, deliveries: [] };
}

function checkPayload(payload: PayloadFields, catalogue: CatalogueIndex): { delivery?: Delivery; problems: string[] } {
  const problems: string[] = [];

  const version = typeof payload.payloadVersion === 'string' ? payload.payloadVersion.trim() : payload.payloadVersion;
  if (version === undefined || version === null || version === '') problems.push('payload_version is missing.');
  else if (version !== 1 && version !== '1') problems.push(`payload_version ${JSON.stringify(payload.payloadVersion)} is not supported (expected 1).`);

  const templateKey = nonEmptyText(payload.templateKey);
  const entry = templateKey === undefined ? undefined : catalogue.byKey.get(templateKey);
  if (templateKey === undefined) problems.push('template_key is missing or empty.');
  else if (!entry) problems.push(`template "${templateKey}" not found.`);
  else if (entry.archived) problems.push(`template "${templateKey}" is archived.`);

  const receiver = nonEmptyText(payload.receiver);
  if (receiver === undefined) problems.push('receiver is missing or empty.');
  else if (isUnrendered(receiver)) problems.push(`receiver ${JSON.stringify(receiver)} was not personalized by CleverTap.`);

  const eventName = nonEmptyText(payload.eventName);
  if (eventName === undefined) problems.push('event_name is missing or empty.');

  const variables: Record<string, string> = {};
  for (const [name, value] of Object.entries(payload.variables)) {
    if (typeof value === 'string') variables[name] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') variables[name] = String(value);
    else if (value !== null && value !== undefined) problems.push(`variable "${name}" must be text.`);
  }
  if (entry) {
    for (const name of requiredVariables(entry.raw)) {
      const value = variables[name];
      if (value === undefined || value.trim() === '') problems.push(`variable "${name}" is missing or empty.`);
      else if (isUnrendered(value)) problems.push(`variable "${name}" ${JSON.stringify(value)} was not personalized by CleverTap.`);
    }
  }

  if (problems.length > 0 || templateKey === undefined || receiver === undefined || eventName === undefined) return { problems };
  return { delivery: { templateKey, receiver, eventName, variables }, problems };
}

const variablesCache = new WeakMap<object, string[]>();

/** Batches repeat one template a thousand times; its variables are worked out once. */
function requiredVariables(template: Record<string, unknown>): string[] {
  let names = variablesCache.get(template);
  if (!names) {
    names = templateVariables(template);
    variablesCache.set(template, names);
  }
  return names;
}

function nonEmptyText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * Personalization CleverTap should have replaced: Liquid (`{{ Profile.x }}`)
 * or the stored `@` form (`@Profile - SendbirdID`, `@<Event> - <property>`).
 * Marketer text such as "Follow @brand" is not caught: the `@` form always
 * has " - " between the source and the property.
 */
function isUnrendered(value: string): boolean {
  const text = value.trim();
  return text.includes('{{') || /^@Profile\b/i.test(text) || /^@[^\s@][^@]*? - \S/.test(text);
}
