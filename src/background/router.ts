import { envelopeSchema, isMessageType, messages, type Failure, type MessageType, type Reply } from '../shared/protocol';
import { surfaceAsked } from './catalogue-store';
import { HandlerFailure, handlers } from './handlers';
import { classifySender, type SenderKind } from './senders';
import { SendbirdRequestError } from './sendbird/errors';
import { explainSendbirdError } from '../shared/sendbird-error';
import { t } from '../shared/i18n';

const fail = (failure: Failure): Reply<MessageType> => ({ ok: false, failure });

/**
 * The background's single entry point: who is asking, is the request well formed,
 * then the handler. Rejections are logged by type and sender only, never payload.
 */
export async function routeMessage(raw: unknown, sender: chrome.runtime.MessageSender, extensionId: string): Promise<Reply<MessageType>> {
  const envelope = envelopeSchema().safeParse(raw);
  if (!envelope.success || !isMessageType(envelope.data.type)) {
    console.warn('[sendbird] rejected an unknown message');
    return fail({ kind: 'invalid-request', message: t('error_unknownMessage') });
  }
  const type = envelope.data.type;
  const senderKind = classifySender(sender, extensionId);
  const handler = handlers[type] as { allow: readonly string[]; handle(payload: unknown, sender: chrome.runtime.MessageSender, kind: SenderKind): Promise<unknown> };
  if (!handler.allow.includes(senderKind)) {
    console.warn(`[sendbird] rejected "${type}" from a ${senderKind} sender`);
    return fail({ kind: 'rejected', message: t('error_rejected') });
  }
  const payload = messages[type].request.safeParse(envelope.data.payload);
  if (!payload.success) {
    console.warn(`[sendbird] rejected a malformed "${type}"`);
    return fail({ kind: 'invalid-request', message: t('error_malformed') });
  }
  surfaceAsked();
  try {
    return { ok: true, data: (await handler.handle(payload.data, sender, senderKind)) as never };
  } catch (error) {
    if (error instanceof HandlerFailure) return fail({ kind: error.kind, message: error.message });
    if (error instanceof SendbirdRequestError) {
      // Sendbird's free text may echo what was sent; content scripts get only our own words.
      const info = senderKind === 'extension-page' ? error.info : { ...error.info, detail: '' };
      return fail({ kind: 'sendbird', message: explainSendbirdError(info), sendbird: info });
    }
    console.error(`[sendbird] "${type}" failed:`, error instanceof Error ? error.name : 'unknown error');
    return fail({ kind: 'internal', message: t('error_internal') });
  }
}
