import { t } from './i18n';
import { explainSendbirdError } from './sendbird-error';
import { postToBackground } from './message-envelope';
import { messages, replySchema, type Failure, type MessageType, type Reply, type RequestOf } from './protocol';

/**
 * The one way our pages and content scripts talk to the background. The reply is
 * validated here too, so a caller only ever sees data that matches the protocol.
 */
export async function sendMessage<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Reply<T>> {
  let raw: unknown;
  try {
    raw = await postToBackground(type, payload);
  } catch (error) {
    return { ok: false, failure: unreachableBackground(error) };
  }
  return parseReply(type, raw);
}

/** Validates a reply from the background against the protocol. */
export function parseReply<T extends MessageType>(type: T, raw: unknown): Reply<T> {
  const reply = replySchema().safeParse(raw);
  if (!reply.success) {
    return { ok: false, failure: { kind: 'invalid-response', message: t('error_unexpectedAnswer') } };
  }
  if (!reply.data.ok) {
    // A Sendbird failure is put in words here, in the page: it is in the page's language,
    // and the page knows whether this browser is offline (src/shared/sendbird-error.ts).
    const { failure } = reply.data;
    return failure.sendbird ? { ok: false, failure: { ...failure, message: explainSendbirdError(failure.sendbird) } } : reply.data;
  }
  const data = messages[type].response.safeParse(reply.data.data);
  if (!data.success) {
    return { ok: false, failure: { kind: 'invalid-response', message: t('error_unexpectedAnswer') } };
  }
  return { ok: true, data: data.data as Reply<T> extends { ok: true; data: infer D } ? D : never };
}

function unreachableBackground(error: unknown): Failure {
  const text = error instanceof Error ? error.message : String(error);
  // After an update or reload of the extension, old pages lose their connection.
  if (/context invalidated|Receiving end does not exist/i.test(text)) {
    return { kind: 'internal', message: t('error_extensionReloaded') };
  }
  return { kind: 'internal', message: t('error_backgroundSilent') };
}
