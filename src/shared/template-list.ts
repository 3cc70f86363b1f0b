import { heldListVersion, listOf } from './catalogue-list';
import { parseReply, sendMessage } from './messaging';
import type { Failure, Freshness, ResponseOf, TemplateSummary } from './protocol';
import { t } from './i18n';

/** A templates.list answer with its list unpacked. */
export type TemplateList = Omit<ResponseOf<'templates.list'>, 'list'> & { templates: TemplateSummary[] };

export type ListAnswer = { ok: true; data: TemplateList } | { ok: false; failure: Failure };


/**
 * templates.list for a surface that shows the list: says which version this
 * page holds, so an unchanged list does not cross again, and unpacks the list
 * when it comes. `early` is the unvalidated answer to a request already sent
 * (the content script's loader asks while the picker's code loads).
 */
export async function askTemplateList(freshness: Freshness, early?: Promise<unknown>): Promise<ListAnswer> {
  const raw = early ? await early : undefined;
  let reply = raw === undefined ? await sendMessage('templates.list', { freshness, have: heldListVersion() }) : parseReply('templates.list', raw);
  if (!reply.ok) return reply;
  let templates = listOf(reply.data);
  if (!templates && reply.data.list === undefined) {
    // The held list was replaced meanwhile: ask for the list itself.
    reply = await sendMessage('templates.list', { freshness: freshness === 'force' ? 'cached' : freshness });
    if (!reply.ok) return reply;
    templates = listOf(reply.data);
  }
  if (!templates) return { ok: false, failure: { kind: 'invalid-response', message: t('error_unexpectedAnswer') } };
  const { list: _packed, ...answer } = reply.data;
  return { ok: true, data: { ...answer, templates } };
}
