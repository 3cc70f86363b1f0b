import { t } from '../shared/i18n';
import { create } from 'zustand';
import {
  validateCredentials,
  type CredentialField,
  type Credentials,
  type FieldErrors,
} from '../shared/credentials';
import { sendMessage } from '../shared/messaging';
import { explainSendbirdError } from '../shared/sendbird-error';
import type { StatusMessage } from '../shared/ui/status';


type Busy = 'loading' | 'testing' | 'saving' | 'clearing' | null;

interface OptionsState {
  form: Credentials;
  saved: Credentials | null;
  errors: FieldErrors;
  status: StatusMessage | null;
  busy: Busy;
  load(): Promise<void>;
  setField(field: CredentialField, value: string): void;
  testConnection(): Promise<void>;
  save(): Promise<void>;
  clear(): Promise<void>;
}

const EMPTY: Credentials = { appId: '', apiToken: '', apiHost: '', integrationToken: '' };

export const useOptionsStore = create<OptionsState>()((set, get) => {
  /** Validates the form; on failure shows why and returns null. */
  const validForm = (): Credentials | null => {
    const errors = validateCredentials(get().form);
    set({ errors });
    if (Object.keys(errors).length === 0) return get().form;
    set({ status: { tone: 'error', text: t('options_checkFields') } });
    return null;
  };

  return {
    form: EMPTY,
    saved: null,
    errors: {},
    status: null,
    busy: 'loading',

    async load() {
      const reply = await sendMessage('settings.get', {});
      if (!reply.ok) {
        set({ busy: null, status: { tone: 'error', text: reply.failure.message } });
        return;
      }
      const saved = reply.data.credentials ? { integrationToken: '', ...reply.data.credentials } : null;
      // Never overwrite what the marketer typed while the saved values loaded.
      const untouched = get().form === EMPTY;
      set({ busy: null, saved, form: untouched ? (saved ?? EMPTY) : get().form });
    },

    setField(field, value) {
      const { errors } = get();
      const rest = { ...errors };
      delete rest[field];
      set({ form: { ...get().form, [field]: value }, errors: rest });
    },

    async testConnection() {
      const form = validForm();
      if (!form) return;
      set({ busy: 'testing', status: { tone: 'info', text: t('options_testingStatus') } });
      const reply = await sendMessage('connection.test', form);
      if (!reply.ok) {
        set({ busy: null, status: { tone: 'error', text: reply.failure.message } });
      } else if (reply.data.connected) {
        const templates = reply.data.templatesFound ? t('options_templatesAvailable') : t('options_noTemplatesYet');
        set({ busy: null, status: { tone: 'success', text: t('options_connected', reply.data.host, templates) } });
      } else {
        const error = reply.data.error;
        if (error.kind === 'invalid-credentials') set({ errors: { ...get().errors, apiToken: t('options_tokenRejected') } });
        if (error.kind === 'unknown-app') set({ errors: { ...get().errors, appId: t('options_appIdUnknown') } });
        set({ busy: null, status: { tone: 'error', text: explainSendbirdError(error) } });
      }
    },

    async save() {
      const form = validForm();
      if (!form) return;
      set({ busy: 'saving' });
      const reply = await sendMessage('settings.save', form);
      if (!reply.ok) {
        set({ busy: null, status: { tone: 'error', text: reply.failure.message } });
        return;
      }
      set({
        busy: null,
        saved: reply.data.credentials,
        form: reply.data.credentials,
        status: { tone: 'success', text: t('options_saved') },
      });
    },

    async clear() {
      set({ busy: 'clearing' });
      const reply = await sendMessage('settings.clear', {});
      if (!reply.ok) {
        set({ busy: null, status: { tone: 'error', text: reply.failure.message } });
        return;
      }
      set({
        busy: null,
        saved: null,
        form: EMPTY,
        errors: {},
        status: { tone: 'info', text: t('options_cleared') },
      });
    },
  };
});
