// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_INTEGRATION_TOKEN, DEMO_API_TOKEN } from '../../fakes/demo-app';
import { requestStandIn, startSendbirdStandIn, type SendbirdStandIn, type StandInResponse } from '../../fakes/sendbird/index';

const HOST = `api-${DEMO_APP_ID.toLowerCase()}.notifications.sendbird.com`;

let standIn: SendbirdStandIn;
beforeAll(async () => {
  standIn = await startSendbirdStandIn();
});
afterAll(() => standIn.close());
beforeEach(() => standIn.reset());

function post(endpoint: 'single' | 'multi', body: unknown, token = DEMO_INTEGRATION_TOKEN, host = HOST): Promise<StandInResponse> {
  return requestStandIn({ port: standIn.port, host, path: `/clevertap/notifications/${endpoint}`, headers: { 'Api-token': token }, body });
}

/** A profile as CleverTap renders it for the key-value payload of welcome_offer. */
function profile(userId: string, firstName: string, overrides: Record<string, string> = {}) {
  return {
    identity: `crm-${userId}`,
    email: `${userId}@example.com`,
    objectId: `__g${userId}`,
    profileData: { SendbirdID: userId, 'customer type': 'gold' },
    event_properties: {},
    key_values: { receiver: userId, 'variables.first_name': firstName, ...overrides },
  };
}

const SHARED_KEY_VALUES = {
  payload_version: '1',
  template_key: 'welcome_offer',
  event_name: 'Welcome flow',
  'variables.coupon_code': 'SPRING24',
  utm_campaign: 'spring',
};

describe('CleverTap notification endpoints', () => {
  it('accepts a batched key-value envelope and records one delivery per profile', async () => {
    const body = { targetId: 1659684581, key_values: SHARED_KEY_VALUES, profiles: [profile('user-1', 'Ana'), profile('user-2', 'Bo'), profile('user-3', 'Chidi')] };
    const response = await post('multi', body);
    expect(response.status).toBe(200);
    const { results } = response.json as { results: { receiver: string; status: string; message_id: number }[] };
    expect(results.map((r) => [r.receiver, r.status])).toEqual([
      ['user-1', 'queued'],
      ['user-2', 'queued'],
      ['user-3', 'queued'],
    ]);
    expect(new Set(results.map((r) => r.message_id)).size).toBe(3);

    expect(standIn.received).toHaveLength(1);
    const [record] = standIn.received;
    expect(record).toMatchObject({ appId: DEMO_APP_ID, endpoint: 'multi', accepted: true, errors: [], body });
    expect(record?.deliveries).toEqual([
      { templateKey: 'welcome_offer', receiver: 'user-1', eventName: 'Welcome flow', variables: { first_name: 'Ana', coupon_code: 'SPRING24' } },
      { templateKey: 'welcome_offer', receiver: 'user-2', eventName: 'Welcome flow', variables: { first_name: 'Bo', coupon_code: 'SPRING24' } },
      { templateKey: 'welcome_offer', receiver: 'user-3', eventName: 'Welcome flow', variables: { first_name: 'Chidi', coupon_code: 'SPRING24' } },
    ]);
  });

  it('lets per-profile key values win over the top-level ones', async () => {
    const body = { targetId: 1, key_values: SHARED_KEY_VALUES, profiles: profile('user-9', 'Dee', { 'variables.coupon_code': 'VIP50' }) };
    const response = await post('single', body);
    expect(response.status).toBe(200);
    expect(standIn.received[0]?.deliveries[0]?.variables).toEqual({ coupon_code: 'VIP50', first_name: 'Dee' });
  });

  it('accepts a Custom Body (with or without envelope fields), numbers included', async () => {
    const custom = {
      payload_version: 1,
      template_key: 'order_shipped',
      receiver: 'user-42',
      event_name: 'Order shipped',
      variables: { first_name: 'Eve', order_id: 100234, carrier: 'DHL', delivery_eta: 'Friday', tracking_url: 'https://track.example.com/100234' },
    };
    expect((await post('single', custom)).status).toBe(200);
    expect((await post('single', { ...custom, targetId: 99, profiles: { identity: 'x' } })).status).toBe(200);
    expect(standIn.received[0]?.deliveries).toEqual([
      { templateKey: 'order_shipped', receiver: 'user-42', eventName: 'Order shipped', variables: { first_name: 'Eve', order_id: '100234', carrier: 'DHL', delivery_eta: 'Friday', tracking_url: 'https://track.example.com/100234' } },
    ]);
  });

  it('checks v2 templates against their variable_schema and ignores view variables', async () => {
    const v2 = { payload_version: 1, template_key: 'otp_sms_fallback', receiver: 'u1', event_name: 'OTP', variables: { otp_code: '123456', expires_in_minutes: '5' } };
    expect((await post('single', v2)).status).toBe(200);
    const survey = { payload_version: 1, template_key: 'in_app_survey', receiver: 'u1', event_name: 'NPS', variables: { first_name: 'Fay' } };
    expect((await post('single', survey)).status).toBe(200);
  });

  it('accepts CleverTap\'s test POST', async () => {
    const response = await post('single', { is_test: true });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ ok: true });
    expect(standIn.received[0]).toMatchObject({ accepted: true, deliveries: [], body: { is_test: true } });
  });

  it('refuses a missing variable, naming it', async () => {
    const body = { targetId: 1, key_values: SHARED_KEY_VALUES, profiles: [profile('user-1', 'Ana'), profile('user-2', '  ')] };
    const response = await post('multi', body);
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: true, code: 400111 });
    expect((response.json as { message: string }).message).toContain('profiles[1]: variable "first_name" is missing or empty.');
    expect(standIn.received[0]).toMatchObject({ accepted: false, deliveries: [], errors: ['profiles[1]: variable "first_name" is missing or empty.'] });
  });

  it('refuses an unknown or archived template', async () => {
    const base = { payload_version: 1, receiver: 'u1', event_name: 'E', variables: { discount_percent: '10', last_order_date: 'Dec 20' } };
    const unknown = await post('single', { ...base, template_key: 'no_such_template' });
    expect(unknown.status).toBe(400);
    expect(standIn.received[0]?.errors).toEqual(['template "no_such_template" not found.']);
    const archived = await post('single', { ...base, template_key: 'holiday_sale_2025' });
    expect(archived.status).toBe(400);
    expect(standIn.received[1]?.errors).toEqual(['template "holiday_sale_2025" is archived.']);
  });

  it.each([
    ['@Profile - SendbirdID', 'was not personalized'],
    ['{{ Profile.SendbirdID }}', 'was not personalized'],
    ['', 'receiver is missing or empty'],
  ])('refuses receiver %j', async (receiver, problem) => {
    const body = { targetId: 1, profiles: [{ key_values: { ...SHARED_KEY_VALUES, receiver, 'variables.first_name': 'Ana' } }] };
    const response = await post('multi', body);
    expect(response.status).toBe(400);
    expect(standIn.received[0]?.errors.join(' ')).toContain(problem);
  });

  it('refuses an unrendered variable, a bad payload_version and a missing event name', async () => {
    const response = await post('single', {
      payload_version: 2,
      template_key: 'welcome_offer',
      receiver: 'u1',
      variables: { first_name: '@Profile - first_name | default:"there"', coupon_code: 'X' },
    });
    expect(response.status).toBe(400);
    expect(standIn.received[0]?.errors).toEqual([
      'payload_version 2 is not supported (expected 1).',
      'event_name is missing or empty.',
      'variable "first_name" "@Profile - first_name | default:\\"there\\"" was not personalized by CleverTap.',
    ]);
  });

  it('refuses more than one profile on /single', async () => {
    const response = await post('single', { targetId: 1, key_values: SHARED_KEY_VALUES, profiles: [profile('a', 'A'), profile('b', 'B')] });
    expect(response.status).toBe(400);
    expect((response.json as { message: string }).message).toContain('/clevertap/notifications/multi');
  });

  it('refuses bodies that are not JSON or hold no payload', async () => {
    const notJson = await post('single', '{"template_key": "{{ Profile.x }}"');
    expect(notJson.status).toBe(400);
    expect(standIn.received[0]).toMatchObject({ accepted: false, body: '{"template_key": "{{ Profile.x }}"' });
    expect((await post('single', { targetId: 1 })).status).toBe(400);
    expect((await post('multi', { targetId: 1, profiles: [] })).status).toBe(400);
  });

  it('refuses a wrong or missing integration token with 401 / 400401, and records it', async () => {
    for (const token of ['', 'wrong', DEMO_API_TOKEN]) {
      const response = await post('single', { is_test: true }, token);
      expect(response.status).toBe(401);
      expect(response.json).toEqual({ error: true, code: 400401, message: 'Invalid value: "Api-Token".' });
    }
    expect(standIn.received.map((r) => r.accepted)).toEqual([false, false, false]);
    expect(JSON.stringify(standIn.requests)).not.toContain(DEMO_INTEGRATION_TOKEN);
  });

  it('reports an unknown app', async () => {
    const response = await post('single', { is_test: true }, DEMO_INTEGRATION_TOKEN, 'api-11111111-2222-3333-4444-555555555555.notifications.sendbird.com');
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ code: 400304 });
  });

  it('answers 404 for other paths and methods', async () => {
    const get = await requestStandIn({ port: standIn.port, host: HOST, path: '/clevertap/notifications/single', headers: { 'Api-token': DEMO_INTEGRATION_TOKEN } });
    expect(get.status).toBe(404);
    expect((await requestStandIn({ port: standIn.port, host: HOST, path: '/v1/notifications', body: {} })).status).toBe(404);
    expect(standIn.received).toHaveLength(0);
  });

  it('accepts a 1,000-profile batch', async () => {
    const profiles = Array.from({ length: 1000 }, (_, i) => profile(`user-${i}`, `Name ${i}`));
    const response = await post('multi', { targetId: 7, key_values: SHARED_KEY_VALUES, profiles });
    expect(response.status).toBe(200);
    expect(standIn.received[0]?.deliveries).toHaveLength(1000);
  });

  it('reset() clears received notifications', async () => {
    await post('single', { is_test: true });
    standIn.reset();
    expect(standIn.received).toHaveLength(0);
  });
});
