// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bodyForDisplay, buildWebhookRequests, isBatched, type KeyValueEnvelope } from '../../fakes/clevertap/envelope';
import { SAMPLE_PROFILE, type SampleProfile } from '../../fakes/clevertap/sample-data';
import { emptyContent, type WebhookContent } from '../../fakes/clevertap/types';

const URL_MULTI = 'https://api-app.notifications.sendbird.com/clevertap/notifications/multi';
const second: SampleProfile = { identity: 'user-2', objectId: '__x2', profileData: { SendbirdID: 'sb-user-2', first_name: 'Charles' } };
const target = { targetId: 42, profiles: [SAMPLE_PROFILE, second], eventProperties: {} };

const keyValueContent = (pairs: [string, string][], extra: Partial<WebhookContent> = {}): WebhookContent => ({
  ...emptyContent(),
  keyValues: pairs.map(([key, value]) => ({ key, value })),
  ...extra,
});

describe('the batched rule', () => {
  it('batches JSON key-value content with @ personalization', () => {
    expect(isBatched(keyValueContent([['receiver', '@Profile - SendbirdID']]))).toBe(true);
  });

  it('does not batch when a pair holds Liquid', () => {
    expect(isBatched(keyValueContent([['receiver', '{{ Profile.SendbirdID }}']]))).toBe(false);
  });

  it('does not batch plain text, Custom Body or personalized URLs', () => {
    expect(isBatched(keyValueContent([], { format: 'plain' }))).toBe(false);
    expect(isBatched(keyValueContent([], { bodyMode: 'custom' }))).toBe(false);
    expect(isBatched(keyValueContent([], { urlParams: [{ key: 'uid', value: '@Profile - Identity' }] }))).toBe(false);
    expect(isBatched(keyValueContent([], { urlParams: [{ key: 'source', value: 'clevertap' }] }))).toBe(true);
  });
});

describe('buildWebhookRequests', () => {
  it('sends one batched request whose profiles is an array', () => {
    const requests = buildWebhookRequests(
      keyValueContent([
        ['payload_version', '1'],
        ['receiver', '@Profile - SendbirdID'],
        ['variables.first_name', '@Profile - first_name | default:"there"'],
        ['', 'ignored: no key'],
      ]),
      URL_MULTI,
      target,
    );
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.batched).toBe(true);
    expect(request?.contentType).toBe('application/json');
    const body = JSON.parse(request?.body ?? '') as KeyValueEnvelope;
    expect(body.targetId).toBe(42);
    expect(Array.isArray(body.profiles)).toBe(true);
    const profiles = body.profiles as Extract<KeyValueEnvelope['profiles'], unknown[]>;
    expect(profiles.map((profile) => profile.key_values)).toEqual([
      { payload_version: '1', receiver: 'sb-user-1', 'variables.first_name': 'Ada' },
      { payload_version: '1', receiver: 'sb-user-2', 'variables.first_name': 'Charles' },
    ]);
    expect(profiles[0]).toMatchObject({ identity: 'user-1', email: 'ada@example.com', profileData: SAMPLE_PROFILE.profileData, event_properties: {} });
    expect(body.key_values).toEqual(profiles[0]?.key_values);
  });

  it('sends one request per profile, profiles an object, when a pair holds Liquid', () => {
    const requests = buildWebhookRequests(keyValueContent([['receiver', '{{ Profile.SendbirdID }}']]), URL_MULTI, target);
    expect(requests).toHaveLength(2);
    const bodies = requests.map((request) => JSON.parse(request.body) as KeyValueEnvelope);
    expect(bodies.map((body) => Array.isArray(body.profiles))).toEqual([false, false]);
    expect(bodies.map((body) => body.key_values.receiver)).toEqual(['sb-user-1', 'sb-user-2']);
    expect(requests.every((request) => !request.batched)).toBe(true);
  });

  it('sends a Custom Body as rendered text, even when it is not JSON', () => {
    const content: WebhookContent = { ...emptyContent(), bodyMode: 'custom', customBody: '{"receiver": "{{ Profile.SendbirdID }}", oops' };
    const [request] = buildWebhookRequests(content, URL_MULTI, { ...target, profiles: [SAMPLE_PROFILE] });
    expect(request?.body).toBe('{"receiver": "sb-user-1", oops');
    expect(bodyForDisplay(request?.body ?? '')).toBe(request?.body);
  });

  it('renders event properties and URL parameters per profile', () => {
    const content = keyValueContent([['amount', '@Charged - Amount']], { urlParams: [{ key: 'uid', value: '@Profile - Identity' }] });
    const requests = buildWebhookRequests(content, URL_MULTI, { ...target, eventProperties: { Amount: 120 } });
    expect(requests.map((request) => request.url)).toEqual([`${URL_MULTI}?uid=user-1`, `${URL_MULTI}?uid=user-2`]);
    const body = JSON.parse(requests[0]?.body ?? '') as KeyValueEnvelope;
    expect(body.key_values).toEqual({ amount: '120' });
    expect(body.profiles).toMatchObject({ event_properties: { Amount: 120 } });
  });

  it('marks plain text as text/plain', () => {
    const [request] = buildWebhookRequests(keyValueContent([['a', 'b']], { format: 'plain' }), URL_MULTI, target);
    expect(request?.contentType).toBe('text/plain');
  });

  it('pretty-prints JSON bodies for display', () => {
    expect(bodyForDisplay('{"a":1}')).toBe('{\n  "a": 1\n}');
  });
});
