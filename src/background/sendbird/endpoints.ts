import { appHostLabel, effectiveApiHost, type Credentials } from '../../shared/credentials';
import { isTemplateKey } from '../../shared/template';

/**
 * Every Sendbird host, path and header the extension uses lives here.
 * The template endpoints are the ones Sendbird's own SDKs call; that they accept
 * an Api-Token header is unverified (see docs), so change them here and only here.
 */
export const TEMPLATES_PATH = '/v3/notifications/templates';
export const MAX_PAGE_SIZE = 100;

export interface ListTemplatesQuery {
  limit: number;
  token?: string | undefined;
  /** Newest first (`reverse=true`, by updated_at) or oldest first. */
  newestFirst: boolean;
}

export function listTemplatesUrl(credentials: Pick<Credentials, 'appId' | 'apiHost'>, query: ListTemplatesQuery): URL {
  const url = new URL(TEMPLATES_PATH, effectiveApiHost(credentials));
  url.searchParams.set('limit', String(query.limit));
  if (query.token) url.searchParams.set('token', query.token);
  // By updated_at, in the direction asked, with the renderable template and its colors included.
  url.searchParams.set('reverse', String(query.newestFirst));
  url.searchParams.set('order', 'updated_at');
  url.searchParams.set('show_ui_template', 'true');
  url.searchParams.set('show_color_variables', 'true');
  return url;
}

export function templateUrl(credentials: Pick<Credentials, 'appId' | 'apiHost'>, key: string): URL {
  // Last line of defence: a key that is not one never becomes a path.
  if (!isTemplateKey(key)) throw new RangeError('Not a template key.');
  return new URL(`${TEMPLATES_PATH}/${encodeURIComponent(key)}`, effectiveApiHost(credentials));
}

export function requestHeaders(apiToken: string): HeadersInit {
  return {
    'Api-Token': apiToken,
    'Content-Type': 'application/json; charset=utf8',
    Accept: 'application/json',
  };
}

/** The CleverTap integration endpoints CleverTap's webhooks POST to. */
export function clevertapWebhookUrl(appId: string, mode: 'single' | 'multi'): string {
  return `https://${appHostLabel(appId)}.notifications.sendbird.com/clevertap/notifications/${mode}`;
}
