/**
 * Create Webhook Content: the window campaigns (Go To Editor) and journey
 * Webhook nodes open. Edits a draft; Save hands the content back, Cancel,
 * Close and Escape drop it. Both body modes keep their content while switching.
 */
import { useState } from 'react';
import { bodyForDisplay } from '../../envelope';
import { eventProperties } from '../../sample-data';
import type { PreviewResult, WebhookContent, WebhookDefinition } from '../../types';
import { api, type Personalization } from '../api';
import { BODY_MODE_LABELS, FORMAT_LABELS, fromDraft, toDraft, type ContentDraft } from '../content-model';
import { useUniqueId } from '../hooks';
import { Dialog } from './Dialog';
import { KeyValueRows } from './KeyValueRows';
import { PayloadPreview } from './PayloadPreview';

export interface WebhookContentDialogProps {
  initial: WebhookContent | null;
  webhook: WebhookDefinition | undefined;
  /** The qualifying event when the audience uses live behavior, else null. */
  event: string | null;
  targetId: number | null;
  personalization: Personalization;
  onSave: (content: WebhookContent) => void;
  onClose: () => void;
}

type TestState = { kind: 'idle' } | { kind: 'sending' } | { kind: 'done'; result: PreviewResult } | { kind: 'error'; message: string };

export function WebhookContentDialog(props: WebhookContentDialogProps) {
  const { webhook, event, personalization } = props;
  const [draft, setDraft] = useState<ContentDraft>(() => toDraft(props.initial));
  const [test, setTest] = useState<TestState>({ kind: 'idle' });
  const id = useUniqueId('whc');
  const content = fromDraft(draft);
  const liveEvent = event ? { name: event, properties: personalization.events[event] ?? eventProperties(event) } : null;
  const patch = (change: Partial<ContentDraft>) => setDraft((current) => ({ ...current, ...change }));

  const previewAndTest = async () => {
    if (!webhook) {
      setTest({ kind: 'error', message: 'Select a webhook before you test.' });
      return;
    }
    setTest({ kind: 'sending' });
    try {
      setTest({ kind: 'done', result: await api.preview(webhook.id, { content, targetId: props.targetId, event }) });
    } catch (error) {
      setTest({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const footer = (
    <>
      <button type="button" className="ct-button ct-button--secondary" onClick={props.onClose}>
        Cancel
      </button>
      <button type="button" className="ct-button ct-button--primary" onClick={() => props.onSave(content)}>
        Save
      </button>
    </>
  );

  return (
    <Dialog title="Create Webhook Content" onClose={props.onClose} size="xl" footer={footer} className="ct-webhook-content">
      <div className="ct-webhook-content__grid">
        <div className="ct-webhook-content__editor">
          <section className="ct-field-block" aria-labelledby={`${id}-url`}>
            <h3 id={`${id}-url`} className="ct-block-title">
              URL key-value pairs
            </h3>
            <p className="ct-help">Appended to {webhook ? <code>{webhook.url}</code> : 'the destination URL'} as query parameters.</p>
            <KeyValueRows
              rows={draft.urlParams}
              onChange={(urlParams) => patch({ urlParams })}
              listLabel="URL key-value pairs"
              addLabel="+ Add"
              keyLabel={(n) => `URL parameter ${n}`}
              valueLabel={(n) => `URL parameter ${n} value`}
              removeLabel={(n) => `Remove URL parameter ${n}`}
              keyPlaceholder="Parameter"
              valuePlaceholder="Parameter value"
            />
          </section>

          <fieldset className="ct-field-block ct-radio-group">
            <legend className="ct-block-title">Content format</legend>
            {(['json', 'plain'] as const).map((format) => (
              <div className="ct-radio" key={format}>
                <input
                  type="radio"
                  id={`${id}-format-${format}`}
                  name={`${id}-format`}
                  checked={draft.format === format}
                  onChange={() => patch({ format })}
                />
                <label htmlFor={`${id}-format-${format}`}>{FORMAT_LABELS[format]}</label>
              </div>
            ))}
          </fieldset>

          <fieldset className="ct-field-block ct-radio-group">
            <legend className="ct-block-title">Body</legend>
            {(['key-value', 'custom'] as const).map((mode) => (
              <div className="ct-radio" key={mode}>
                <input
                  type="radio"
                  id={`${id}-mode-${mode}`}
                  name={`${id}-mode`}
                  checked={draft.bodyMode === mode}
                  onChange={() => patch({ bodyMode: mode })}
                />
                <label htmlFor={`${id}-mode-${mode}`}>{BODY_MODE_LABELS[mode]}</label>
              </div>
            ))}
          </fieldset>

          {draft.bodyMode === 'key-value' ? (
            <section className="ct-field-block" aria-labelledby={`${id}-pairs`}>
              <h3 id={`${id}-pairs`} className="ct-block-title">
                Key-value pairs
              </h3>
              <p className="ct-help">
                Type <kbd>@</kbd> in a value to insert a profile{liveEvent ? ' or event' : ''} property.
              </p>
              <KeyValueRows
                rows={draft.keyValues}
                onChange={(keyValues) => patch({ keyValues })}
                listLabel="Key-value pairs"
                addLabel="+ Key-Value Pair"
                keyLabel={(n) => `Key ${n}`}
                valueLabel={(n) => `Value ${n}`}
                removeLabel={(n) => `Remove pair ${n}`}
                personalization={{ profileProperties: personalization.profileProperties, event: liveEvent }}
              />
            </section>
          ) : (
            <div className="ct-field-block">
              <label htmlFor={`${id}-custom-body`} className="ct-block-title">
                Custom Body
              </label>
              <p className="ct-help" id={`${id}-custom-help`}>
                Use <code>{'{{ Profile.Name }}'}</code>
                {liveEvent ? <> or <code>{'{{ Event.Amount }}'}</code></> : null} for personalization.
              </p>
              <textarea
                id={`${id}-custom-body`}
                className="ct-textarea ct-code-input"
                rows={12}
                spellCheck={false}
                aria-describedby={`${id}-custom-help`}
                value={draft.customBody}
                onChange={(change) => patch({ customBody: change.currentTarget.value })}
              />
            </div>
          )}
        </div>

        <aside className="ct-webhook-content__preview">
          <h3 id={`${id}-preview`} className="ct-block-title">
            Payload preview
          </h3>
          <PayloadPreview content={content} webhook={webhook} targetId={props.targetId} eventProperties={liveEvent?.properties ?? {}} />
          <button
            type="button"
            className="ct-button ct-button--outline"
            onClick={previewAndTest}
            disabled={test.kind === 'sending'}
            aria-busy={test.kind === 'sending'}
          >
            Preview and Test
          </button>
          <TestOutcome state={test} />
        </aside>
      </div>
    </Dialog>
  );
}

function TestOutcome({ state }: { state: TestState }) {
  if (state.kind === 'idle') return null;
  if (state.kind === 'sending') return <p className="ct-test-result" role="status">Sending test request…</p>;
  if (state.kind === 'error') {
    return (
      <p className="ct-test-result ct-test-result--error" role="alert">
        {state.message}
      </p>
    );
  }
  const { result } = state;
  const good = result.status !== null && result.status >= 200 && result.status < 300;
  return (
    <div className={`ct-test-result ${good ? 'ct-test-result--ok' : 'ct-test-result--error'}`} role="status">
      <p className="ct-test-result__status">
        {result.status === null ? `Request failed: ${result.error ?? 'no response'}` : `Response ${result.status}`}
      </p>
      {result.responseBody && (
        <pre className="ct-code" aria-label="Response body">
          {bodyForDisplay(result.responseBody)}
        </pre>
      )}
    </div>
  );
}
