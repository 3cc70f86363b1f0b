import type { Draft } from '../../../shared/protocol';
import { editorKey, keepDraft, loadDraft } from '../drafts';
import { payloadStateOf } from './form';
import type { PickerSlice } from './slice';

/** The draft part: the form kept per editor, and a kept draft offered back. */
export interface DraftSlice {
  /** A draft kept for this editor, offered for restore. */
  draftOffer: Draft | null;
  /** When the form was last kept as a draft. */
  draftSavedAt: number | null;
  offerDraft(): Promise<void>;
  restoreDraft(): void;
  discardDraft(): void;
  saveDraft(): Promise<void>;
}

export const draftSlice: PickerSlice<DraftSlice> = (set, get) => {
  // The editor the picker opened in: a draft kept as the page navigates away stays its draft.
  const editor = editorKey();
  return {
    draftOffer: null,
    draftSavedAt: null,

    async offerDraft() {
      const draft = await loadDraft(editor);
      // The editor already holds this selection (saved content): nothing to restore.
      if (!draft || get().templateKey === draft.templateKey) return;
      set({ draftOffer: draft });
    },

    restoreDraft() {
      const draft = get().draftOffer;
      if (!draft) return;
      set({ draftOffer: null });
      get().restore({ templateKey: draft.templateKey, receiverProperty: draft.receiverProperty, eventName: draft.eventName, variables: draft.variables });
    },

    discardDraft() {
      set({ draftOffer: null });
      void keepDraft(editor, null);
    },

    async saveDraft() {
      const state = get();
      // Nothing chosen yet, or a kept draft not yet restored or discarded: keep what is there.
      if (!state.templateKey || state.draftOffer) return;
      const payload = payloadStateOf(state);
      const draft: Draft = {
        templateKey: payload.templateKey,
        templateName: state.template?.name ?? payload.templateKey,
        receiverProperty: state.receiverProperty,
        eventName: state.eventName,
        variables: payload.variables,
        savedAt: Date.now(),
      };
      if (await keepDraft(editor, draft)) set({ draftSavedAt: draft.savedAt });
    },
  };
};
