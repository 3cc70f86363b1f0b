// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CLEVERTAP_DASHBOARD_REGIONS, isTrustedDashboardOrigin } from '../../../src/shared/clevertap-hosts';

describe('trusted CleverTap dashboard origins', () => {
  it('are exactly the documented regions', () => {
    expect(CLEVERTAP_DASHBOARD_REGIONS).toEqual(['eu1', 'in1', 'us1', 'sg1', 'aps3', 'mec1', 'sk1']);
  });

  it.each(['eu1', 'in1', 'us1', 'sg1', 'aps3', 'mec1', 'sk1'])('trust https://%s.dashboard.clevertap.com', (region) => {
    expect(isTrustedDashboardOrigin(`https://${region}.dashboard.clevertap.com`)).toBe(true);
  });

  it.each([
    // a look-alike host that only starts with a dashboard origin
    'https://eu1.dashboard.clevertap.com.evil.example',
    'https://eu1.dashboard.clevertap.com:8443',
    'https://eu1.dashboard.clevertap.com/',
    'https://eu1.dashboard.clevertap.com/X/campaigns',
    // one that only ends with one
    'https://evil.example/https://eu1.dashboard.clevertap.com',
    'https://evil.eu1.dashboard.clevertap.com',
    'http://eu1.dashboard.clevertap.com',
    'https://dashboard.clevertap.com',
    'https://.dashboard.clevertap.com',
    'https://xx9.dashboard.clevertap.com',
    'https://EU1.dashboard.clevertap.com',
    'https://eu1-dashboard.clevertap.com',
    'https://eu1.dashboard.clevertap.co',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
    'null',
    '',
  ])('refuse %j', (origin) => expect(isTrustedDashboardOrigin(origin)).toBe(false));

  it('refuse a missing origin', () => {
    expect(isTrustedDashboardOrigin(undefined)).toBe(false);
    expect(isTrustedDashboardOrigin(null)).toBe(false);
  });
});
