import { own } from '../../shared/own';
import { createContext, useContext, useEffect, useRef, useState, type MouseEvent, type ReactNode, type RefObject } from 'react';
import { containsLiquid } from '../../shared/payload-contract';
import type { TemplateSummary } from '../../shared/protocol';
import type { PageKind } from '../clevertap/labels';
import type { EditorPort, PageContext } from '../clevertap/editor-port';
import { formatDate, formatNumber, joinList, t, tPlural } from '../../shared/i18n';
import { guidanceFor, samePageContext } from './page-context';
import { payloadStateOf, payloadText, PickerStoreContext, usePicker, type CatalogueState, type PickerStore } from './picker-store';
import { TemplateCombobox } from './TemplateCombobox';
import { Field } from '../../shared/ui/Field';
import { Question } from '../../shared/ui/Question';
import { CompactPreview } from './CompactPreview';
import { VariableField } from './VariableField';
import { progressText } from '../../shared/template-list';
import { ProductMark } from '../../shared/ui/ProductMark';
import { BusyButton } from '../../shared/ui/BusyButton';
import { useCalmText } from '../../shared/ui/calm-text';

interface Props {
  store: PickerStore;
  editor: EditorPort;
  pageKind: PageKind;
}

export function Picker({ store, editor, pageKind }: Props) {
  const [page, setPage] = useState(() => editor.pageContext());

  useEffect(() => {
    // The catalogue is asked for by mountPicker, before the first render.
    const { readEditor, followEditor, offerDraft, firstScreenDrawn } = store.getState();
    readEditor();
    void offerDraft();
    // The first screen is drawn in the frame after this commit; once it is, the rest of a long list
    // is asked for (the worker reading and sending 2,000 rows a part competed with drawing it).
    let afterDraw: ReturnType<typeof setTimeout> | undefined;
    const drawing = requestAnimationFrame(() => (afterDraw = setTimeout(firstScreenDrawn)));
    // Keep what the marketer chose and typed as a draft, half a second after they stop,
    // or at once when the dialog closes or the page goes away (a tab closed, a session
    // timed out): the last keystrokes are not lost with the page.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const saveNow = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      void store.getState().saveDraft();
    };
    const unsubscribe = store.subscribe((next, previous) => {
      const same =
        next.templateKey === previous.templateKey &&
        next.template === previous.template &&
        next.variables === previous.variables &&
        next.receiverProperty === previous.receiverProperty &&
        next.eventName === previous.eventName;
      if (same) return;
      clearTimeout(timer);
      timer = setTimeout(saveNow, 500);
    });
    const saveIfHidden = () => document.visibilityState === 'hidden' && saveNow();
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', saveIfHidden);
    // The dialog's content may render after us, and the marketer may switch body
    // modes: follow the editor until it settles.
    const stopWatching = editor.watch(() => {
      followEditor();
      const next = editor.pageContext();
      setPage((current) => (samePageContext(current, next) ? current : next));
    });
    return () => {
      cancelAnimationFrame(drawing);
      clearTimeout(afterDraw);
      stopWatching();
      unsubscribe();
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', saveIfHidden);
      saveNow();
    };
  }, [store, editor]);

  return <PickerView store={store} page={page} pageKind={pageKind} />;
}

/** The picker's markup for a store's state, apart from its ties to the editor and the page (warm-up.tsx renders it alone). */
export function PickerView({ store, page, pageKind }: { store: PickerStore; page: PageContext; pageKind: PageKind }) {
  return (
    <PickerStoreContext.Provider value={store}>
      <PickerRegion>
        <PickerHeader />
        <CatalogueNotice />
        <PickerForm page={page} pageKind={pageKind} />
        <Status />
      </PickerRegion>
    </PickerStoreContext.Provider>
  );
}

function PickerRegion({ children }: { children: ReactNode }) {
  const busy = usePicker((state) => state.busy || state.catalogue.phase === 'loading');
  return (
    <section className="picker" role="region" aria-label={t('picker_regionLabel')} aria-busy={busy}>
      {children}
    </section>
  );
}

/** A plain div: a <header> here is a second banner landmark on CleverTap's page (axe: landmark-no-duplicate-banner). */
function PickerHeader() {
  const catalogue = usePicker((state) => state.catalogue);
  const loadCatalogue = usePicker((state) => state.loadCatalogue);
  const now = useNow(catalogue.phase === 'ready' && Boolean(catalogue.progress?.retryAt));
  const state = catalogueStateText(catalogue, now);
  // Each page of a first sync (and each second of a Retry-After wait) changes the text: heard calmly, from a live twin.
  const said = useCalmText(state ? state.badge ? `${state.badge} ${state.text}` : state.text : '', catalogue.phase === 'ready' && Boolean(catalogue.progress));
  return (
    <div className="picker-header">
      <ProductMark size={20} className="logo" />
      <h2>{t('picker_regionLabel')}</h2>
      {state ? (
        <span className="catalogue-state">
          <span className="catalogue-state-text" aria-hidden="true">
            {/* The first pages of a sync that failed: listed, but said to be incomplete (the alert below says why). */}
            {state.badge ? <span className="badge">{state.badge}</span> : null}
            {state.badge ? ' ' : null}
            {state.text}
          </span>
          <span className="visually-hidden" role="status">
            {said}
          </span>
          <BusyButton className="link" onClick={(event) => forceOnTrustedClick(event, loadCatalogue)} busy={catalogue.phase === 'ready' && catalogue.refreshing}>
            {t('picker_refresh')}
          </BusyButton>
        </span>
      ) : null}
    </div>
  );
}

/** What the header says about the list, if it has one. */
function catalogueStateText(catalogue: CatalogueState, now: number): { badge?: string; text: string } | undefined {
  if (catalogue.phase !== 'ready') return undefined;
  const offered = offeredCount(catalogue.templates);
  if (catalogue.progress) return { text: progressText(catalogue.progress, { listed: offered, archivedToo: false }, now) };
  if (catalogue.incomplete && !catalogue.refreshing) return { badge: t('picker_incomplete'), text: t('picker_firstArrived', formatNumber(offered)) };
  if (catalogue.refreshing) return { text: t('picker_refreshing') };
  if (catalogue.stale) return { text: t('picker_cached') };
  return { text: tPlural('picker_templateCount', offered) };
}

function CatalogueNotice() {
  const catalogue = usePicker((state) => state.catalogue);
  const loadCatalogue = usePicker((state) => state.loadCatalogue);
  const openSettings = usePicker((state) => state.openSettings);
  if (catalogue.phase === 'loading') return <p className="muted" role="status">{t('picker_loadingTemplates')}</p>;
  if (catalogue.phase === 'not-configured') {
    return (
      <div className="callout" role="status">
        <p>{t('picker_notConfigured')}</p>
        <button type="button" className="primary" onClick={openSettings}>
          {t('picker_openSettings')}
        </button>
      </div>
    );
  }
  if (catalogue.phase === 'error') {
    return (
      <div className="callout error">
        <p role="alert">{catalogue.message}</p>
        <button type="button" onClick={(event) => forceOnTrustedClick(event, loadCatalogue)}>
          {t('picker_tryAgain')}
        </button>
        <button type="button" className="link" onClick={openSettings}>
          {t('picker_checkSettings')}
        </button>
      </div>
    );
  }
  if (catalogue.phase === 'ready' && catalogue.incomplete && !catalogue.refreshing) {
    return (
      <div className="callout error">
        <p role="alert">{t('picker_incompleteWhy', catalogue.incomplete)}</p>
        <button
          type="button"
          onClick={(event) => {
            // This callout goes while the list loads again: the focus goes to the Template box, where the rows are chosen, not to the page's <body>.
            event.currentTarget.closest('.picker')?.querySelector<HTMLElement>('[role="combobox"]')?.focus();
            forceOnTrustedClick(event, loadCatalogue);
          }}
        >
          {t('common_retry')}
        </button>
      </div>
    );
  }
  if (catalogue.phase === 'ready' && !hasChoices(catalogue.templates)) {
    // Like the popup's empty state: say why there is nothing to pick, and the way out.
    return (
      <div className="callout empty" role="status">
        <h3>{t('picker_emptyTitle')}</h3>
        <p>{t('picker_emptyText')}</p>
        <BusyButton className="primary" onClick={(event) => forceOnTrustedClick(event, loadCatalogue)} busy={catalogue.phase === 'ready' && catalogue.refreshing}>
          {t('picker_refresh')}
        </BusyButton>
      </div>
    );
  }
  return null;
}

/** Whether there is a template to choose: archived ones are not offered. */
function hasChoices(templates: TemplateSummary[]): boolean {
  return templates.some((template) => !template.archived);
}

/** How many templates the picker offers: the number its header says, complete or not (archived ones are never listed). */
function offeredCount(templates: TemplateSummary[]): number {
  return templates.reduce((count, template) => count + (template.archived ? 0 : 1), 0);
}

/**
 * Where focus goes when the control that had it goes away or is disabled (Undo after
 * undoing, a question once answered): the Apply button, never <body>.
 */
const ApplyButtonRef = createContext<RefObject<HTMLButtonElement | null>>({ current: null });

function PickerForm({ page, pageKind }: { page: PageContext; pageKind: PageKind }) {
  const catalogue = usePicker((state) => state.catalogue);
  const apply = usePicker((state) => state.apply);
  const busy = usePicker((state) => state.busy);
  const store = useContext(PickerStoreContext);
  const formRef = useRef<HTMLFormElement>(null);
  const applyRef = useRef<HTMLButtonElement>(null);
  // Bumped by an Apply that found invalid fields: the first of them gets the focus (and scrolls into view).
  const [failedCheck, setFailedCheck] = useState(0);
  useEffect(() => {
    if (failedCheck) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failedCheck]);
  if (catalogue.phase !== 'ready' || !hasChoices(catalogue.templates)) return null;
  return (
    <form
      className="picker-form"
      noValidate
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        if (busy) return;
        void apply().then(() => {
          if (Object.values(store?.getState().errors ?? {}).some(Boolean)) setFailedCheck((count) => count + 1);
        });
      }}
    >
      <ApplyButtonRef.Provider value={applyRef}>
        <AppChangeNotice />
        <DraftOffer />
        {catalogue.warning ? (
          <p className="note warning" role="status">
            {catalogue.warning}
          </p>
        ) : null}
        <TemplateField templates={catalogue.templates} />
        <TemplateVariables page={page} />
        <ReceiverFields />
        <Guidance page={page} pageKind={pageKind} />
        <Actions />
        <PendingQuestion />
        <details className="payload">
          <summary>{t('picker_payload')}</summary>
          <PayloadPreview />
        </details>
      </ApplyButtonRef.Provider>
    </form>
  );
}

function TemplateField({ templates }: { templates: TemplateSummary[] }) {
  const selectedKey = usePicker((state) => state.templateKey);
  const selectedName = usePicker((state) => state.template?.name ?? templates.find((t) => t.key === state.templateKey)?.name ?? null);
  const error = usePicker((state) => state.errors.template);
  const loading = usePicker((state) => state.templateLoading);
  const selectTemplate = usePicker((state) => state.selectTemplate);
  return (
    <>
      <TemplateCombobox
        templates={templates}
        selectedKey={selectedKey}
        selectedName={selectedName}
        error={error}
        onSelect={(key) => void selectTemplate(key)}
      />
      {loading ? <p className="muted">{t('picker_loadingTemplate')}</p> : null}
    </>
  );
}

function TemplateVariables({ page }: { page: PageContext }) {
  const template = usePicker((state) => state.template);
  const variables = usePicker((state) => state.variables);
  const errors = usePicker((state) => state.errors);
  const mode = usePicker((state) => state.mode ?? 'key-value');
  const setVariable = usePicker((state) => state.setVariable);
  if (!template) return null;
  return (
    <div className="template-body">
      <CompactPreview template={template} variables={variables} />
      <fieldset className="variables">
        <legend>{template.variables.length ? t('picker_variablesCount', template.variables.length) : t('picker_variables')}</legend>
        {template.variables.length === 0 ? <p className="muted">{t('picker_noVariables')}</p> : null}
        {template.variables.map((variable) => (
          <VariableField
            key={variable.name}
            variable={variable}
            source={own(variables, variable.name) ?? { kind: 'text', text: '' }}
            mode={mode}
            error={errors[`variable:${variable.name}`]}
            eventsAvailable={page.eventsAvailable}
            defaultEvent={page.defaultEvent}
            onChange={(source) => setVariable(variable.name, source)}
          />
        ))}
      </fieldset>
    </div>
  );
}

function ReceiverFields() {
  const receiverProperty = usePicker((state) => state.receiverProperty);
  const eventName = usePicker((state) => state.eventName);
  const receiverError = usePicker((state) => state.errors.receiver);
  const eventNameError = usePicker((state) => state.errors.eventName);
  const setReceiver = usePicker((state) => state.setReceiver);
  const setEventName = usePicker((state) => state.setEventName);
  return (
    <div className="pair">
      <TextField label={t('picker_receiver')} value={receiverProperty} error={receiverError} hint={t('picker_receiverHint')} onChange={setReceiver} />
      <TextField
        label={t('picker_eventName')}
        value={eventName}
        error={eventNameError}
        hint={t('picker_eventNameHint')}
        onChange={setEventName}
      />
    </div>
  );
}

function TextField({ label, value, hint, error, onChange }: { label: string; value: string; hint: string; error: string | undefined; onChange(value: string): void }) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <input {...control} type="text" autoComplete="off" spellCheck={false} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}

function Guidance({ page, pageKind }: { page: PageContext; pageKind: PageKind }) {
  const keyValue = usePicker((state) => (state.mode ?? 'key-value') === 'key-value');
  const formLiquid = usePicker((state) => Object.values(state.variables).some((source) => source.kind === 'text' && containsLiquid(source.text)));
  const notes = guidanceFor(pageKind, page.webhook, keyValue && (formLiquid || page.editorLiquid));
  return (
    <>
      {notes.map((note) => (
        <p key={note.text} className={`note ${note.tone}`}>
          {note.text}
        </p>
      ))}
    </>
  );
}

function Actions() {
  const busy = usePicker((state) => state.busy);
  const canUndo = usePicker((state) => state.undo !== null);
  const mode = usePicker((state) => state.mode ?? 'key-value');
  const undoApply = usePicker((state) => state.undoApply);
  const copyPayload = usePicker((state) => state.copyPayload);
  const layoutUnknown = usePicker((state) => state.layoutUnknown);
  const copyLayoutReport = usePicker((state) => state.copyLayoutReport);
  const draftKept = usePicker((state) => state.draftSavedAt !== null);
  const applyRef = useContext(ApplyButtonRef);
  const store = useContext(PickerStoreContext);
  const canUndoNow = () => Boolean(store?.getState().undo);
  return (
    <div className="actions">
      <BusyButton type="submit" className="primary" ref={applyRef} busy={busy}>
        {t('picker_apply')}
      </BusyButton>
      <BusyButton
        disabled={!canUndo}
        busy={busy}
        onClick={() => {
          void undoApply().then(() => {
            // Undone: Undo disables itself, so the focus moves on to Apply.
            if (!canUndoNow()) applyRef.current?.focus();
          });
        }}
      >
        {t('picker_undo')}
      </BusyButton>
      <button type="button" onClick={() => void copyPayload()}>
        {t('picker_copyPayload')}
      </button>
      {layoutUnknown ? (
        <button type="button" onClick={() => void copyLayoutReport()}>
          {t('picker_copyLayoutReport')}
        </button>
      ) : null}
      <span className="mode">{mode === 'custom-body' ? t('picker_writesCustomBody') : t('picker_writesKeyValue')}</span>
      {draftKept ? <span className="mode">{t('picker_draftKept')}</span> : null}
    </div>
  );
}

/**
 * The question the picker must ask before touching what the marketer may want to keep
 * (rows or a body changed since Apply, an existing Custom Body). Once answered, the
 * focus goes to Apply.
 */
function PendingQuestion() {
  const confirmUndo = usePicker((state) => state.confirmUndo);
  const confirmReplace = usePicker((state) => state.confirmReplace);
  const undoApply = usePicker((state) => state.undoApply);
  const cancelUndo = usePicker((state) => state.cancelUndo);
  const apply = usePicker((state) => state.apply);
  const cancelReplace = usePicker((state) => state.cancelReplace);
  const applyRef = useContext(ApplyButtonRef);
  const asked = confirmUndo
    ? { question: t('picker_undoAsk', joinList(confirmUndo)), confirmLabel: t('picker_undoAnyway'), cancelLabel: t('picker_keepMyEdits'), onConfirm: () => void undoApply(true), onCancel: cancelUndo }
    : confirmReplace
      ? { question: t('picker_replaceAsk'), confirmLabel: t('picker_replaceCustomBody'), cancelLabel: t('picker_keepIt'), onConfirm: () => void apply(true), onCancel: cancelReplace }
      : null;
  if (!asked) return null;
  return <Question key={asked.question} {...asked} className="callout warning confirmation" onAnswered={() => applyRef.current?.focus()} />;
}

function PayloadPreview() {
  const text = usePicker((state) => payloadText(payloadStateOf(state), state.mode ?? 'key-value', ' = '));
  return <pre>{text}</pre>;
}

function Status() {
  const status = usePicker((state) => state.status);
  return (
    <p aria-live="polite" className={status ? `status ${status.tone}` : 'status'}>
      {status?.text}
    </p>
  );
}

/**
 * A forced sync costs authenticated requests to Sendbird: only the marketer's own
 * click asks for one, never a page script's click() or dispatched event (the
 * background rate limits per tab as well, since a page can forge more than clicks).
 */
function forceOnTrustedClick(event: MouseEvent<HTMLButtonElement>, load: (freshness: 'force') => Promise<void>): void {
  if (event.nativeEvent.isTrusted) void load('force');
}

function AppChangeNotice() {
  const notice = usePicker((state) => state.notice);
  return notice ? <p className="note info">{notice}</p> : null;
}

function DraftOffer() {
  const draft = usePicker((state) => state.draftOffer);
  const restoreDraft = usePicker((state) => state.restoreDraft);
  const discardDraft = usePicker((state) => state.discardDraft);
  const applyRef = useContext(ApplyButtonRef);
  if (!draft) return null;
  return (
    <Question
      question={t('picker_draftOffer', formatDate(draft.savedAt, { dateStyle: 'medium', timeStyle: 'short' }), draft.templateName)}
      confirmLabel={t('picker_draftRestore')}
      cancelLabel={t('picker_draftDiscard')}
      onConfirm={restoreDraft}
      onCancel={discardDraft}
      className="callout"
      takeFocus={false}
      onAnswered={() => applyRef.current?.focus()}
    />
  );
}

/** The clock, ticking each second while `active` (a Retry-After countdown is shown). */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}
