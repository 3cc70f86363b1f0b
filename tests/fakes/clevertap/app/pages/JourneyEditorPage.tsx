/**
 * A journey canvas: Entry, one Webhook engagement node, End. The Webhook node
 * edits its message in the same Create Webhook Content window as campaigns.
 */
import { useState } from 'react';
import type { SavedJourney, WebhookContent, WebhookDefinition } from '../../types';
import { api, withLatency, type Personalization } from '../api';
import { ContentSummary } from '../components/ContentSummary';
import { FlagIcon, StopIcon, WebhookIcon } from '../components/Icons';
import { Notice } from '../components/Section';
import { WebhookContentDialog } from '../components/WebhookContentDialog';
import { WebhookSelect } from '../components/WebhookSelect';
import { BODY_MODE_LABELS } from '../content-model';
import { useLoad, useTitle, useUniqueId } from '../hooks';
import { paths } from '../paths';
import { Link, navigate, useLocation } from '../router';

const ENTRY_EVENT = 'Charged';
// Node boxes on the canvas, in px; edges are drawn between their sides.
const ENTRY = { left: 20, top: 150, width: 190, height: 84 };
const WEBHOOK = { left: 250, top: 80, width: 250, height: 224 };
const END = { left: 545, top: 166, width: 110, height: 52 };

export function JourneyEditorPage({ journeyId }: { journeyId: string | null }) {
  useTitle(journeyId ? 'Edit journey' : 'New journey');
  const data = useLoad(
    () => Promise.all([api.webhooks(), journeyId ? api.journey(journeyId) : Promise.resolve(null)]),
    `journey:${journeyId ?? 'new'}`,
  );
  if (data.error) {
    return (
      <div className="ct-page">
        <h1 className="ct-page__title">Journey not found</h1>
        <Notice kind="error">{data.error}</Notice>
        <Link to={paths.journeys}>Back to Journeys</Link>
      </div>
    );
  }
  if (!data.data) return <div className="ct-page ct-loading" aria-busy="true">Loading journey…</div>;
  const [webhooks, journey] = data.data;
  return <JourneyForm webhooks={webhooks} journey={journey} />;
}

type EditorState = { kind: 'closed' } | { kind: 'loading' } | { kind: 'open'; personalization: Personalization };

function JourneyForm({ webhooks, journey }: { webhooks: WebhookDefinition[]; journey: SavedJourney | null }) {
  const location = useLocation();
  const id = useUniqueId('journey');
  const [name, setName] = useState(journey?.name ?? 'Untitled journey');
  const [webhookId, setWebhookId] = useState(journey?.webhookNode.webhookId ?? '');
  const [content, setContent] = useState<WebhookContent | null>(journey?.webhookNode.content ?? null);
  const [editor, setEditor] = useState<EditorState>({ kind: 'closed' });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [flash, setFlash] = useState<string | null>(() => {
    const state = location.state as { flash?: unknown } | null;
    return typeof state?.flash === 'string' ? state.flash : null;
  });
  const webhook = webhooks.find((item) => item.id === webhookId);

  const openEditor = async () => {
    setEditor({ kind: 'loading' });
    try {
      setEditor({ kind: 'open', personalization: await withLatency(api.personalization()) });
    } catch (failure) {
      setEditor({ kind: 'closed' });
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  const save = async () => {
    setSaving(true);
    setError(null);
    setFlash(null);
    try {
      const saved = await api.saveJourney(journey?.id ?? null, {
        name,
        entryEvent: ENTRY_EVENT,
        webhookNode: { webhookId: webhookId || null, content },
      });
      if (journey) setFlash('Journey saved');
      else navigate(paths.editJourney(saved.id), { replace: true, state: { flash: 'Journey saved' } });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setSaving(false);
    }
  };

  const pairCount = content?.keyValues.length ?? 0;
  return (
    <div className="ct-page ct-journey-editor">
      <nav className="ct-breadcrumb" aria-label="Breadcrumb">
        <Link to={paths.journeys}>Journeys</Link>
        <span aria-hidden="true">›</span>
        <span aria-current="page">{journey ? journey.name : 'New journey'}</span>
      </nav>
      <div className="ct-page__head">
        <div className="ct-field ct-journey-name">
          <label htmlFor={`${id}-name`} className="ct-label">
            Journey name
          </label>
          <input id={`${id}-name`} className="ct-input" value={name} onChange={(event) => setName(event.currentTarget.value)} />
        </div>
        <button type="button" className="ct-button ct-button--primary" onClick={save} disabled={saving} aria-busy={saving}>
          Save journey
        </button>
      </div>
      {flash && <Notice kind="success">{flash}</Notice>}
      {error && <Notice kind="error">{error}</Notice>}

      <div className="ct-journey">
        <div className="ct-canvas" role="region" aria-label="Journey canvas">
          <svg className="ct-canvas__edges" aria-hidden="true" width="680" height="400">
            <defs>
              <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0 0L10 5L0 10z" fill="#8a94a6" />
              </marker>
            </defs>
            <Edge from={ENTRY} to={WEBHOOK} marker={`${id}-arrow`} />
            <Edge from={WEBHOOK} to={END} marker={`${id}-arrow`} />
          </svg>

          <article className="ct-node ct-node--entry" style={box(ENTRY)} aria-labelledby={`${id}-entry`}>
            <h3 id={`${id}-entry`} className="ct-node__title">
              <FlagIcon /> Entry: Qualified users
            </h3>
            <p className="ct-node__meta">Live behavior: did {ENTRY_EVENT}</p>
          </article>

          <article className="ct-node ct-node--webhook" style={box(WEBHOOK)} aria-labelledby={`${id}-webhook-title`}>
            <h3 id={`${id}-webhook-title`} className="ct-node__title">
              <WebhookIcon /> Webhook
            </h3>
            <WebhookSelect id={`${id}-webhook`} webhooks={webhooks} value={webhookId} onChange={setWebhookId} describedBy={`${id}-webhook-hint`} />
            <p className="ct-help" id={`${id}-webhook-hint`}>
              Recommended for journeys: <strong>Sendbird single</strong> (real time).
            </p>
            <p className="ct-node__meta">
              {content
                ? content.bodyMode === 'custom'
                  ? `Message: ${BODY_MODE_LABELS.custom}`
                  : `Message: ${pairCount} key-value pair${pairCount === 1 ? '' : 's'}`
                : 'No message yet'}
            </p>
            <button
              type="button"
              className="ct-button ct-button--outline ct-button--small"
              onClick={openEditor}
              disabled={editor.kind === 'loading'}
              aria-busy={editor.kind === 'loading'}
            >
              Edit message
            </button>
          </article>

          <article className="ct-node ct-node--end" style={box(END)} aria-labelledby={`${id}-end`}>
            <h3 id={`${id}-end`} className="ct-node__title">
              <StopIcon /> End
            </h3>
          </article>
        </div>

        <aside className="ct-card ct-journey__panel" aria-labelledby={`${id}-panel`}>
          <h2 id={`${id}-panel`} className="ct-section-title">
            Webhook message
          </h2>
          {content ? <ContentSummary content={content} label="Webhook node content" /> : <p className="ct-muted">Click Edit message on the Webhook node to create the message.</p>}
        </aside>
      </div>

      {editor.kind === 'open' && (
        <WebhookContentDialog
          initial={content}
          webhook={webhook}
          event={ENTRY_EVENT}
          targetId={journey ? Number(journey.id) : null}
          personalization={editor.personalization}
          onSave={(saved) => {
            setContent(saved);
            setEditor({ kind: 'closed' });
          }}
          onClose={() => setEditor({ kind: 'closed' })}
        />
      )}
    </div>
  );
}

type Box = typeof ENTRY;
const box = ({ left, top, width }: Box) => ({ left, top, width });

function Edge({ from, to, marker }: { from: Box; to: Box; marker: string }) {
  const x1 = from.left + from.width;
  const y1 = from.top + from.height / 2;
  const x2 = to.left - 2;
  const y2 = to.top + to.height / 2;
  const bend = (x2 - x1) / 2;
  return <path d={`M${x1} ${y1} C${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`} fill="none" stroke="#8a94a6" strokeWidth="2" markerEnd={`url(#${marker})`} />;
}
