/**
 * What CleverTap POSTs to a webhook for a piece of Create Webhook Content (see
 * clevertap-ui.md, "What CleverTap POSTs"). Pure, shared by the server's Preview
 * and Test and the SPA's live payload preview.
 */
import { hasLiquid, hasPersonalization, renderPersonalization, type RenderContext } from './render';
import type { SampleProfile, Scalar } from './sample-data';
import type { KeyValuePair, WebhookContent } from './types';

export interface EnvelopeTarget {
  targetId: number;
  profiles: SampleProfile[];
  eventProperties: Record<string, Scalar>;
}

export interface OutgoingWebhookRequest {
  url: string;
  contentType: string;
  body: string;
  /** One request for all profiles (`profiles` is an array) rather than one per profile. */
  batched: boolean;
}

export interface ProfileEntry {
  key_values: Record<string, string>;
  identity: string;
  email: string;
  objectId: string;
  profileData: Record<string, Scalar>;
  event_properties: Record<string, Scalar>;
}

export interface KeyValueEnvelope {
  targetId: number;
  key_values: Record<string, string>;
  profiles: ProfileEntry[] | ProfileEntry;
}

/**
 * CleverTap batches ("broadcast") only for JSON key-value content whose URL has
 * no personalization and whose pairs hold no Liquid; `@` personalization is fine.
 */
export function isBatched(content: WebhookContent): boolean {
  return (
    content.format === 'json' &&
    content.bodyMode === 'key-value' &&
    !content.urlParams.some((pair) => hasPersonalization(pair.key) || hasPersonalization(pair.value)) &&
    !content.keyValues.some((pair) => hasLiquid(pair.key) || hasLiquid(pair.value))
  );
}

export function buildWebhookRequests(
  content: WebhookContent,
  destinationUrl: string,
  target: EnvelopeTarget,
): OutgoingWebhookRequest[] {
  const contentType = content.format === 'json' ? 'application/json' : 'text/plain';
  const contexts = target.profiles.map((profile) => contextFor(profile, target));
  if (isBatched(content)) {
    const first = contexts[0] ?? emptyContext(target);
    const body: KeyValueEnvelope = {
      targetId: target.targetId,
      key_values: renderPairs(content.keyValues, first),
      profiles: target.profiles.map((profile, index) => profileEntry(content, profile, contexts[index] ?? first)),
    };
    return [{ url: withUrlParams(destinationUrl, content.urlParams, first), contentType, body: JSON.stringify(body), batched: true }];
  }
  return target.profiles.map((profile, index) => {
    const context = contexts[index] ?? emptyContext(target);
    const url = withUrlParams(destinationUrl, content.urlParams, context);
    if (content.bodyMode === 'custom') {
      // Sent as rendered text: a Custom Body is the marketer's and need not be JSON.
      return { url, contentType, body: renderPersonalization(content.customBody, context), batched: false };
    }
    const body: KeyValueEnvelope = {
      targetId: target.targetId,
      key_values: renderPairs(content.keyValues, context),
      profiles: profileEntry(content, profile, context),
    };
    return { url, contentType, body: JSON.stringify(body), batched: false };
  });
}

/** Pretty JSON when the body parses, the text itself otherwise. */
export function bodyForDisplay(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

function profileEntry(content: WebhookContent, profile: SampleProfile, context: RenderContext): ProfileEntry {
  return {
    key_values: renderPairs(content.keyValues, context),
    identity: profile.identity,
    email: String(profile.profileData.Email ?? ''),
    objectId: profile.objectId,
    profileData: profile.profileData,
    event_properties: context.eventProperties,
  };
}

function renderPairs(pairs: KeyValuePair[], context: RenderContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const key = renderPersonalization(pair.key, context).trim();
    if (key) out[key] = renderPersonalization(pair.value, context);
  }
  return out;
}

function withUrlParams(destinationUrl: string, params: KeyValuePair[], context: RenderContext): string {
  const filled = params.filter((pair) => pair.key.trim());
  if (!filled.length) return destinationUrl;
  let url: URL;
  try {
    url = new URL(destinationUrl);
  } catch {
    return destinationUrl;
  }
  for (const pair of filled) {
    url.searchParams.append(renderPersonalization(pair.key, context).trim(), renderPersonalization(pair.value, context));
  }
  return url.toString();
}

function contextFor(profile: SampleProfile, target: EnvelopeTarget): RenderContext {
  return { identity: profile.identity, profileData: profile.profileData, eventProperties: target.eventProperties };
}

function emptyContext(target: EnvelopeTarget): RenderContext {
  return { identity: '', profileData: {}, eventProperties: target.eventProperties };
}
