import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { containsLiquid } from '../../shared/payload-contract';
import type { PageKind } from '../clevertap/labels';
import type { WebhookEditorDom } from '../clevertap/webhook-editor-dom';
import { guidanceFor, readPageContext, samePageContext } from './page-context';
import { payloadStateOf, payloadText, type PickerStore } from './picker-store';
import { TemplateCombobox } from './TemplateCombobox';
import { TextField } from './TextField';
import { CompactPreview } from './CompactPreview';
import { VariableField } from './VariableField';


interface Props {
  store: PickerStore;
  editor: WebhookEditorDom;
  dialog: HTMLElement;
  pageKind: PageKind;
}

export function Picker({ store, editor, dialog, pageKind }: Props) {
  const state = useStore(store);
  const [page, setPage] = useState(() => readPageContext(dialog, editor));

  useEffect(() => {
    void store.getState().loadCatalogue();
    store.getState().readEditor();
    // The dialog's content may render after us, and the marketer may switch body
    // modes: follow the dialog until it settles.
    let frame = 0;
    const observer = new MutationObserver(() => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        const current = store.getState();
        if (!current.templateKey) current.readEditor();
        else if (editor.bodyMode() !== current.mode) store.setState({ mode: editor.bodyMode() });
        const next = readPageContext(dialog, editor);
        setPage((current) => (samePageContext(current, next) ? current : next));
      });
    });
    observer.observe(dialog, { childList: true, subtree: true, attributes: true, attributeFilter: ['checked', 'aria-checked', 'aria-selected', 'value'] });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [store, editor, dialog]);

  const mode = state.mode ?? 'key-value';
  const catalogue = state.catalogue;
  const formLiquid = Object.values(state.variables).some((source) => source.kind === 'text' && containsLiquid(source.text));
  const notes = guidanceFor(pageKind, page.webhook, mode === 'key-value' && (formLiquid || page.editorLiquid));
  const selectedSummary = catalogue.phase === 'ready' ? catalogue.templates.find((t) => t.key === state.templateKey) : undefined;

  return (
    <section className="picker" role="region" aria-label="Sendbird Business Messaging" aria-busy={state.busy || catalogue.phase === 'loading'}>
      <header className="picker-header">
        <span className="logo" aria-hidden="true" />
        <h2>Sendbird Business Messaging</h2>
        {catalogue.phase === 'ready' ? (
          <span className="catalogue-state">
            {catalogue.refreshing ? 'Refreshing…' : catalogue.stale ? 'Cached, may be out of date' : `${catalogue.templates.filter((t) => !t.archived).length} templates`}
            <button type="button" className="link" onClick={() => void state.loadCatalogue('force')} disabled={catalogue.refreshing}>
              Refresh
            </button>
          </span>
        ) : null}
      </header>

      {catalogue.phase === 'loading' ? <p className="muted">Loading your Sendbird templates…</p> : null}
      {catalogue.phase === 'not-configured' ? (
        <div className="callout">
          <p>Connect your Sendbird app in the extension’s settings to choose a template here.</p>
          <button type="button" className="primary" onClick={state.openSettings}>
            Open settings
          </button>
        </div>
      ) : null}
      {catalogue.phase === 'error' ? (
        <div className="callout error">
          <p>{catalogue.message}</p>
          <button type="button" onClick={() => void state.loadCatalogue('force')}>
            Try again
          </button>
          <button type="button" className="link" onClick={state.openSettings}>
            Check settings
          </button>
        </div>
      ) : null}

      {catalogue.phase === 'ready' ? (
        <form
          className="picker-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void state.apply();
          }}
        >
          {catalogue.warning ? <p className="note warning">{catalogue.warning}</p> : null}
          <TemplateCombobox
            templates={catalogue.templates}
            fetchedAt={catalogue.fetchedAt}
            selectedKey={state.templateKey}
            selectedName={state.template?.name ?? selectedSummary?.name ?? null}
            error={state.errors.template}
            onSelect={(key) => void state.selectTemplate(key)}
          />
          {state.templateLoading ? <p className="muted">Loading the template…</p> : null}
          {state.template ? (
            <div className="template-body">
            <CompactPreview template={state.template} variables={state.variables} />
            <fieldset className="variables">
              <legend>Variables {state.template.variables.length ? `(${state.template.variables.length})` : ''}</legend>
              {state.template.variables.length === 0 ? <p className="muted">This template has no variables.</p> : null}
              {state.template.variables.map((variable) => (
                <VariableField
                  key={variable.name}
                  variable={variable}
                  source={state.variables[variable.name] ?? { kind: 'text', text: '' }}
                  mode={mode}
                  error={state.errors[`variable:${variable.name}`]}
                  eventsAvailable={page.eventsAvailable}
                  defaultEvent={page.defaultEvent}
                  onChange={(source) => state.setVariable(variable.name, source)}
                />
              ))}
            </fieldset>
            </div>
          ) : null}

          <div className="pair">
            <TextField
              label="Receiver"
              value={state.receiverProperty}
              error={state.errors.receiver}
              hint="The profile property holding the Sendbird user ID."
              onChange={state.setReceiver}
            />
            <TextField
              label="Event name"
              value={state.eventName}
              error={state.errors.eventName}
              hint="Sendbird reports sends and reads to CleverTap under this event."
              onChange={state.setEventName}
            />
          </div>

          {notes.map((note) => (
            <p key={note.text} className={`note ${note.tone}`}>
              {note.text}
            </p>
          ))}

          <div className="actions">
            <button type="submit" className="primary" disabled={state.busy}>
              Apply to editor
            </button>
            <button type="button" onClick={() => void state.undoApply()} disabled={!state.undo || state.busy}>
              Undo
            </button>
            <button type="button" onClick={() => void state.copyPayload()}>
              Copy payload
            </button>
            <span className="mode">{mode === 'custom-body' ? 'Writes the Custom Body' : 'Writes key-value pairs'}</span>
          </div>
          {state.confirmReplace ? (
            <div className="callout warning">
              <button type="button" className="primary" onClick={() => void state.apply(true)}>
                Replace Custom Body
              </button>
              <button type="button" onClick={state.cancelReplace}>
                Keep it
              </button>
            </div>
          ) : null}
          <details className="payload">
            <summary>Payload</summary>
            <pre>{payloadText(payloadStateOf(state), mode, ' = ')}</pre>
          </details>
        </form>
      ) : null}
      <p aria-live="polite" className={state.status ? `status ${state.status.tone}` : 'status'}>
        {state.status?.text}
      </p>
    </section>
  );
}
