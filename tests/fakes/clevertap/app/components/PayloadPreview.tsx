/** The live "what would be POSTed" pane: the same envelope code the server sends with, for the sample profile. */
import { bodyForDisplay, buildWebhookRequests } from '../../envelope';
import { SAMPLE_PROFILE, SAMPLE_TARGET_ID, type Scalar } from '../../sample-data';
import type { WebhookContent, WebhookDefinition } from '../../types';

interface PayloadPreviewProps {
  content: WebhookContent;
  webhook: WebhookDefinition | undefined;
  targetId: number | null;
  eventProperties: Record<string, Scalar>;
}

export function PayloadPreview({ content, webhook, targetId, eventProperties }: PayloadPreviewProps) {
  const [request] = buildWebhookRequests(content, webhook?.url ?? 'https://destination.invalid/', {
    targetId: targetId ?? SAMPLE_TARGET_ID,
    profiles: [SAMPLE_PROFILE],
    eventProperties,
  });
  return (
    <div className="ct-payload">
      <div className="ct-payload__meta">
        <span className="ct-method">{webhook?.method ?? 'POST'}</span>
        <span className="ct-payload__url" title={request?.url}>
          {webhook ? request?.url : 'No webhook selected'}
        </span>
      </div>
      <p className="ct-payload__note">
        Sample profile: {String(SAMPLE_PROFILE.profileData.Name)} ({SAMPLE_PROFILE.identity}) ·{' '}
        {request?.batched ? 'Batched request (profiles is an array)' : 'One request per profile'}
      </p>
      <pre className="ct-code" aria-label="Payload preview" tabIndex={0}>
        {request ? bodyForDisplay(request.body) : ''}
      </pre>
    </div>
  );
}
