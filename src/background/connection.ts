import { effectiveApiHost, type Credentials } from '../shared/credentials';
import type { ResponseOf } from '../shared/protocol';
import { fetchTemplatePage } from './sendbird/client';
import { SendbirdRequestError } from './sendbird/errors';

const TEST_TIMEOUT_MS = 10_000;

/**
 * Asks for one page of one template with the given values, without retrying,
 * so the marketer learns at once what is wrong.
 */
export async function testConnection(credentials: Credentials): Promise<ResponseOf<'connection.test'>> {
  try {
    const page = await fetchTemplatePage(credentials, { limit: 1, newestFirst: true }, TEST_TIMEOUT_MS);
    return { connected: true, host: new URL(effectiveApiHost(credentials)).host, templatesFound: page.templates.length > 0 };
  } catch (error) {
    if (error instanceof SendbirdRequestError) return { connected: false, error: error.info };
    throw error;
  }
}
