/** A read-only view of saved webhook content, shown under What and on the journey's Webhook node. */
import { BODY_MODE_LABELS, FORMAT_LABELS } from '../content-model';
import type { KeyValuePair, WebhookContent } from '../../types';

function PairsTable({ caption, pairs }: { caption: string; pairs: KeyValuePair[] }) {
  return (
    <table className="ct-table ct-table--compact">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((pair, index) => (
          <tr key={index}>
            <td><code>{pair.key}</code></td>
            <td><code>{pair.value}</code></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ContentSummary({ content, label = 'Saved webhook content' }: { content: WebhookContent; label?: string }) {
  return (
    <div className="ct-summary" role="group" aria-label={label}>
      <dl className="ct-summary__facts">
        <div>
          <dt>Format</dt>
          <dd>{FORMAT_LABELS[content.format]}</dd>
        </div>
        <div>
          <dt>Body</dt>
          <dd>{BODY_MODE_LABELS[content.bodyMode]}</dd>
        </div>
      </dl>
      {content.urlParams.length > 0 && <PairsTable caption="URL key-value pairs" pairs={content.urlParams} />}
      {content.bodyMode === 'key-value' ? (
        content.keyValues.length ? (
          <PairsTable caption="Key-value pairs" pairs={content.keyValues} />
        ) : (
          <p className="ct-muted">No key-value pairs.</p>
        )
      ) : (
        <pre className="ct-code ct-code--summary" aria-label="Saved custom body">
          {content.customBody}
        </pre>
      )}
    </div>
  );
}
