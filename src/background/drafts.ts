import type { Draft } from '../shared/protocol';

/**
 * The picker's drafts, one per campaign or journey editor, so a marketer logged
 * out by CleverTap's idle timeout gets the selection back. In storage.local
 * (trusted contexts only), never holding secrets; each kept for 7 days.
 */
const DRAFTS_KEY = 'drafts.v1';
export const DRAFT_TTL_MS = 7 * 24 * 60 * 60_000;
/** Enough for every editor a marketer works in within a week. */
const MAX_DRAFTS = 200;

type Drafts = Record<string, Draft>;

async function readAll(now: number): Promise<Drafts> {
  const stored = (await chrome.storage.local.get(DRAFTS_KEY))[DRAFTS_KEY];
  const drafts: Drafts = stored && typeof stored === 'object' ? (stored as Drafts) : {};
  return Object.fromEntries(Object.entries(drafts).filter(([, draft]) => typeof draft?.savedAt === 'number' && now - draft.savedAt < DRAFT_TTL_MS));
}

export async function loadDraft(editor: string, now = Date.now()): Promise<Draft | null> {
  const drafts = await readAll(now);
  return Object.hasOwn(drafts, editor) ? drafts[editor]! : null;
}

export async function saveDraft(editor: string, draft: Draft | null, now = Date.now()): Promise<void> {
  const drafts = await readAll(now);
  if (draft) drafts[editor] = { ...draft, savedAt: now };
  else delete drafts[editor];
  const newestFirst = Object.entries(drafts).sort(([, a], [, b]) => b.savedAt - a.savedAt).slice(0, MAX_DRAFTS);
  await chrome.storage.local.set({ [DRAFTS_KEY]: Object.fromEntries(newestFirst) });
}
