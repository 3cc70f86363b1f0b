/**
 * Create webhook template: the side panel + Add Webhook opens. Create asks the
 * server, which POSTs a test payload to the destination and saves only on 200;
 * on any failure the form stays as typed and the error is shown.
 */
import { useState, type FormEvent } from 'react';
import type { HttpMethod, WebhookAuth, WebhookDefinition } from '../../types';
import { api, type WebhookInput } from '../api';
import { newRow, type Row } from '../content-model';
import { useUniqueId } from '../hooks';
import { Dialog } from './Dialog';
import { KeyValueRows } from './KeyValueRows';

const METHODS: HttpMethod[] = ['POST', 'GET', 'PUT', 'DELETE'];
const AUTH_LABELS: Record<WebhookAuth, string> = { none: 'No authentication', basic: 'Basic Authorization', oauth2: 'OAuth 2.0' };

export function CreateWebhookPanel({ onCreated, onClose }: { onCreated: (webhook: WebhookDefinition) => void; onClose: () => void }) {
  const id = useUniqueId('new-webhook');
  const [name, setName] = useState('');
  const [method, setMethod] = useState<HttpMethod>('POST');
  const [url, setUrl] = useState('');
  const [auth, setAuth] = useState<WebhookAuth>('none');
  const [basic, setBasic] = useState({ username: '', password: '' });
  const [oauth2, setOauth2] = useState({ clientId: '', clientSecret: '', tokenUrl: '' });
  const [headers, setHeaders] = useState<Row[]>([newRow()]);
  const [error, setError] = useState<{ message: string; responseBody?: string } | null>(null);
  const [creating, setCreating] = useState(false);

  const create = async (event?: FormEvent) => {
    event?.preventDefault();
    setError(null);
    setCreating(true);
    const input: WebhookInput = {
      name,
      method,
      url,
      auth,
      headers: headers.map(({ key, value }) => ({ key, value })),
      ...(auth === 'basic' ? { basic } : {}),
      ...(auth === 'oauth2' ? { oauth2 } : {}),
    };
    try {
      onCreated(await api.createWebhook(input));
    } catch (failure) {
      const details = failure instanceof Error && 'details' in failure ? (failure.details as { responseBody?: string }) : {};
      setError({ message: failure instanceof Error ? failure.message : String(failure), ...(details.responseBody ? { responseBody: details.responseBody } : {}) });
    } finally {
      setCreating(false);
    }
  };

  const footer = (
    <>
      <button type="button" className="ct-button ct-button--secondary" onClick={onClose}>
        Cancel
      </button>
      <button type="submit" form={`${id}-form`} className="ct-button ct-button--primary" disabled={creating} aria-busy={creating}>
        {creating ? 'Testing webhook…' : 'Create'}
      </button>
    </>
  );

  return (
    <Dialog title="Create webhook template" onClose={onClose} variant="drawer" footer={footer} className="ct-create-webhook">
      <form id={`${id}-form`} className="ct-form" onSubmit={create} noValidate>
        <div className="ct-field">
          <label htmlFor={`${id}-name`} className="ct-label">
            Name
          </label>
          <input id={`${id}-name`} className="ct-input" data-autofocus value={name} onChange={(event) => setName(event.currentTarget.value)} />
        </div>
        <div className="ct-field-row">
          <div className="ct-field ct-field--method">
            <label htmlFor={`${id}-method`} className="ct-label">
              Method
            </label>
            <select id={`${id}-method`} className="ct-select" value={method} onChange={(event) => setMethod(event.currentTarget.value as HttpMethod)}>
              {METHODS.map((item) => (
                <option key={item}>{item}</option>
              ))}
            </select>
          </div>
          <div className="ct-field ct-field--grow">
            <label htmlFor={`${id}-url`} className="ct-label">
              Destination URL
            </label>
            <input
              id={`${id}-url`}
              className="ct-input"
              type="url"
              placeholder="https://"
              value={url}
              onChange={(event) => setUrl(event.currentTarget.value)}
            />
          </div>
        </div>

        <fieldset className="ct-radio-group">
          <legend className="ct-label">Authentication</legend>
          {(Object.keys(AUTH_LABELS) as WebhookAuth[]).map((kind) => (
            <div className="ct-radio" key={kind}>
              <input type="radio" id={`${id}-auth-${kind}`} name={`${id}-auth`} checked={auth === kind} onChange={() => setAuth(kind)} />
              <label htmlFor={`${id}-auth-${kind}`}>{AUTH_LABELS[kind]}</label>
            </div>
          ))}
        </fieldset>
        {auth === 'basic' && (
          <div className="ct-field-row ct-indent">
            <TextField id={`${id}-user`} label="Username" value={basic.username} onChange={(username) => setBasic({ ...basic, username })} />
            <TextField id={`${id}-password`} label="Password" type="password" value={basic.password} onChange={(password) => setBasic({ ...basic, password })} />
          </div>
        )}
        {auth === 'oauth2' && (
          <div className="ct-indent">
            <TextField id={`${id}-token-url`} label="Token URL" value={oauth2.tokenUrl} onChange={(tokenUrl) => setOauth2({ ...oauth2, tokenUrl })} />
            <div className="ct-field-row">
              <TextField id={`${id}-client-id`} label="Client ID" value={oauth2.clientId} onChange={(clientId) => setOauth2({ ...oauth2, clientId })} />
              <TextField
                id={`${id}-client-secret`}
                label="Client secret"
                type="password"
                value={oauth2.clientSecret}
                onChange={(clientSecret) => setOauth2({ ...oauth2, clientSecret })}
              />
            </div>
          </div>
        )}

        <section className="ct-field-block" aria-labelledby={`${id}-headers`}>
          <h3 id={`${id}-headers`} className="ct-label">
            Headers
          </h3>
          <KeyValueRows
            rows={headers}
            onChange={setHeaders}
            listLabel="Headers"
            addLabel="+ Key-Value Pair"
            keyLabel={(n) => `Header ${n} name`}
            valueLabel={(n) => `Header ${n} value`}
            removeLabel={(n) => `Remove header ${n}`}
          />
        </section>
        <p className="ct-help">On Create, CleverTap sends a test request (with &quot;is_test&quot;: true) and saves the webhook only if it answers HTTP 200.</p>
        {error && (
          <div className="ct-notice ct-notice--error" role="alert">
            <p>{error.message}</p>
            {error.responseBody && <pre className="ct-code ct-code--small">{error.responseBody}</pre>}
          </div>
        )}
      </form>
    </Dialog>
  );
}

function TextField({ id, label, value, onChange, type = 'text' }: { id: string; label: string; value: string; onChange: (value: string) => void; type?: string }) {
  return (
    <div className="ct-field ct-field--grow">
      <label htmlFor={id} className="ct-label">
        {label}
      </label>
      <input id={id} type={type} className="ct-input" value={value} onChange={(event) => onChange(event.currentTarget.value)} />
    </div>
  );
}
