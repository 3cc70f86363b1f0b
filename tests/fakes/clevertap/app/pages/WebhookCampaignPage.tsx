/**
 * A webhook campaign, new or saved: Start here (the Webhook), Who, What (Go To
 * Editor and a summary of the saved content), When, then Publish Campaign.
 * A new campaign can preselect its webhook from `?webhook=` / `?type=` or
 * history state `{ webhook }` (an id, a name or a slug such as sendbird-multi).
 */
import { useState } from 'react';
import type { Audience, SavedCampaign, Schedule, WebhookContent, WebhookDefinition } from '../../types';
import { api, withLatency, type Personalization } from '../api';
import { AudienceFields, ScheduleFields } from '../components/CampaignFields';
import { ContentSummary } from '../components/ContentSummary';
import { Notice, StepSection } from '../components/Section';
import { WebhookContentDialog } from '../components/WebhookContentDialog';
import { findWebhookByHint, WebhookSelect } from '../components/WebhookSelect';
import { useLoad, useTitle, useUniqueId } from '../hooks';
import { paths } from '../paths';
import { Link, navigate, useLocation } from '../router';

export function WebhookCampaignPage({ campaignId }: { campaignId: string | null }) {
  const data = useLoad(
    () => Promise.all([api.webhooks(), campaignId ? api.campaign(campaignId) : Promise.resolve(null)]),
    `campaign:${campaignId ?? 'new'}`,
  );
  useTitle(campaignId ? 'Edit campaign' : 'New webhook campaign');
  if (data.error) {
    return (
      <div className="ct-page">
        <h1 className="ct-page__title">Campaign not found</h1>
        <Notice kind="error">{data.error}</Notice>
        <Link to={paths.campaigns}>Back to Campaigns</Link>
      </div>
    );
  }
  if (!data.data) return <div className="ct-page ct-loading" aria-busy="true">Loading campaign…</div>;
  const [webhooks, campaign] = data.data;
  return <CampaignForm webhooks={webhooks} campaign={campaign} />;
}

type EditorState = { kind: 'closed' } | { kind: 'loading' } | { kind: 'open'; personalization: Personalization };

function initialWebhookId(webhooks: WebhookDefinition[], campaign: SavedCampaign | null, search: string, state: unknown): string {
  if (campaign) return campaign.webhookId;
  const query = new URLSearchParams(search);
  const fromState = typeof state === 'object' && state !== null ? (state as { webhook?: unknown }).webhook : undefined;
  const hint = query.get('webhook') ?? query.get('type') ?? fromState;
  return findWebhookByHint(webhooks, hint)?.id ?? '';
}

function CampaignForm({ webhooks, campaign }: { webhooks: WebhookDefinition[]; campaign: SavedCampaign | null }) {
  const location = useLocation();
  const id = useUniqueId('campaign');
  const [name, setName] = useState(campaign?.name ?? `Webhook campaign ${new Date().toISOString().slice(0, 10)}`);
  const [webhookId, setWebhookId] = useState(() => initialWebhookId(webhooks, campaign, location.search, location.state));
  const [audience, setAudience] = useState<Audience>(campaign?.audience ?? { segment: null, behavior: 'past', event: null });
  const [schedule, setSchedule] = useState<Schedule>(campaign?.schedule ?? { when: 'now', at: null });
  const [content, setContent] = useState<WebhookContent | null>(campaign?.content ?? null);
  const [editor, setEditor] = useState<EditorState>({ kind: 'closed' });
  const [errors, setErrors] = useState<string[]>([]);
  const [publishing, setPublishing] = useState(false);
  const [flash, setFlash] = useState<string | null>(() => {
    const state = location.state as { flash?: unknown } | null;
    return typeof state?.flash === 'string' ? state.flash : null;
  });
  const webhook = webhooks.find((item) => item.id === webhookId);
  const liveEvent = audience.behavior === 'live' ? audience.event : null;

  const openEditor = async () => {
    setEditor({ kind: 'loading' });
    try {
      setEditor({ kind: 'open', personalization: await withLatency(api.personalization()) });
    } catch (error) {
      setEditor({ kind: 'closed' });
      setErrors([`The editor could not load: ${error instanceof Error ? error.message : String(error)}`]);
    }
  };

  const publish = async () => {
    const problems = [
      !name.trim() && 'Enter a campaign name.',
      !webhook && 'Select a webhook in Start here.',
      !content && 'Create your message: click Go To Editor in What.',
    ].filter((problem): problem is string => !!problem);
    setErrors(problems);
    setFlash(null);
    if (problems.length || !content) return;
    setPublishing(true);
    try {
      const saved = await api.saveCampaign(campaign?.id ?? null, { name, webhookId, audience, schedule, content });
      if (campaign) setFlash('Campaign updated');
      else navigate(paths.editCampaign(saved.id), { replace: true, state: { flash: 'Campaign published' } });
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    } finally {
      setPublishing(false);
    }
  };

  return (
    <div className="ct-page ct-campaign-editor">
      <nav className="ct-breadcrumb" aria-label="Breadcrumb">
        <Link to={paths.campaigns}>Campaigns</Link>
        <span aria-hidden="true">›</span>
        <span aria-current="page">Webhook</span>
      </nav>
      <div className="ct-page__head">
        <h1 className="ct-page__title">{campaign ? 'Edit webhook campaign' : 'New webhook campaign'}</h1>
        <span className={`ct-status ct-status--${campaign ? 'live' : 'draft'}`}>{campaign ? 'Published' : 'Draft'}</span>
      </div>
      {flash && <Notice kind="success">{flash}</Notice>}

      <div className="ct-card ct-field ct-campaign-name">
        <label htmlFor={`${id}-name`} className="ct-label">
          Campaign name
        </label>
        <input id={`${id}-name`} className="ct-input" value={name} onChange={(event) => setName(event.currentTarget.value)} />
      </div>

      <StepSection id={`${id}-start`} step={1} title="Start here">
        <p className="ct-muted">Qualification: users who match Who, at the time set in When. Each qualified user is sent to the webhook below.</p>
        <WebhookSelect id={`${id}-webhook`} webhooks={webhooks} value={webhookId} onChange={setWebhookId} describedBy={`${id}-webhook-help`} />
        <p className="ct-help" id={`${id}-webhook-help`}>
          Webhooks are managed in <Link to={paths.webhooksSettings}>Settings › Channels › Webhooks</Link>. Batch webhooks (such as
          Sendbird multi) suit campaigns.
        </p>
      </StepSection>

      <StepSection id={`${id}-who`} step={2} title="Who">
        <AudienceFields id={id} audience={audience} onChange={setAudience} />
      </StepSection>

      <StepSection id={`${id}-what`} step={3} title="What">
        <p>Click Go To Editor to create your message</p>
        <button
          type="button"
          className="ct-button ct-button--primary"
          onClick={openEditor}
          disabled={editor.kind === 'loading'}
          aria-busy={editor.kind === 'loading'}
        >
          Go To Editor
        </button>
        {content && <ContentSummary content={content} />}
      </StepSection>

      <StepSection id={`${id}-when`} step={4} title="When">
        <ScheduleFields id={id} schedule={schedule} onChange={setSchedule} />
      </StepSection>

      <div className="ct-actionbar">
        {errors.length > 0 && (
          <div className="ct-notice ct-notice--error" role="alert">
            <ul>
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </div>
        )}
        <button type="button" className="ct-button ct-button--primary ct-button--large" onClick={publish} disabled={publishing} aria-busy={publishing}>
          Publish Campaign
        </button>
      </div>

      {editor.kind === 'open' && (
        <WebhookContentDialog
          initial={content}
          webhook={webhook}
          event={liveEvent}
          targetId={campaign ? Number(campaign.id) : null}
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
