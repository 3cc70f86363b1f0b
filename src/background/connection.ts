import { effectiveApiHost, type Credentials } from '../shared/credentials';
import type { ResponseOf } from '../shared/protocol';
import { listTemplatesUrl } from './sendbird/endpoints';
import { asListError, SendbirdRequestError } from './sendbird/errors';
import { getJson } from './sendbird/http';

const TEST_TIMEOUT_MS = 10_000;

/**
 * Calls the templates endpoint once with the given values, without retrying, so
 * the marketer learns at once what is wrong.
 */
export async function testConnection(credentials: Credentials): Promise<ResponseOf<'connection.test'>> {
  try {
    const body = await getJson(listTemplatesUrl(credentials, { limit: 1 }), credentials.apiToken, {
      timeoutMs: TEST_TIMEOUT_MS,
    });
    const templates = (body as { templates?: unknown } | null)?.templates;
    if (!Array.isArray(templates)) {
      return {
        connected: false,
        error: { kind: 'bad-response', detail: 'The answer has no template list.', host: new URL(effectiveApiHost(credentials)).host },
      };
    }
    return { connected: true, host: new URL(effectiveApiHost(credentials)).host, templatesFound: templates.length > 0 };
  } catch (caught) {
    const error = asListError(caught);
    if (error instanceof SendbirdRequestError) return { connected: false, error: error.info };
    throw error;
  }
}
