import { sendMessage } from '../../shared/messaging';
import type { Draft } from '../../shared/protocol';

/**
 * Drafts survive CleverTap's idle logout: one per campaign or journey editor,
 * named by the page's address (a new campaign's editor is "new" until saved),
 * kept by the background in extension storage for 7 days.
 */
export function editorKey(): string {
  return `${location.origin}${location.pathname}`;
}

export async function loadDraft(editor: string): Promise<Draft | null> {
  const reply = await sendMessage('drafts.get', { editor });
  return reply.ok ? reply.data.draft : null;
}

export async function keepDraft(editor: string, draft: Draft | null): Promise<boolean> {
  const reply = await sendMessage('drafts.put', { editor, draft });
  return reply.ok;
}
