/**
 * The sample profile and events CleverTap-like previews render against. Shared by
 * the server (what Preview and Test POSTs) and the SPA (the live preview), so
 * both always show the same thing.
 */

export type Scalar = string | number | boolean;

export interface SampleProfile {
  identity: string;
  objectId: string;
  profileData: Record<string, Scalar>;
}

export const SAMPLE_PROFILE: SampleProfile = {
  identity: 'user-1',
  objectId: '__g4a1b7c2d9e8f4a6b',
  profileData: {
    Name: 'Ada Lovelace',
    first_name: 'Ada',
    Email: 'ada@example.com',
    SendbirdID: 'sb-user-1',
    City: 'London',
    'customer type': 'gold',
  },
};

/** What the @ menu offers, in the order the dashboard lists them. */
export const PROFILE_PROPERTIES = ['Identity', 'Name', 'Email', 'SendbirdID', 'first_name', 'City', 'customer type'];

/** Qualifying events for live-behavior audiences, each with the properties one occurrence carries. */
export const SAMPLE_EVENTS: Record<string, Record<string, Scalar>> = {
  Charged: { Amount: 120, Currency: 'GBP', 'Product name': 'Analytical Engine' },
  'Added To Cart': { 'Product name': 'Difference Engine', Quantity: 2 },
  'App Launched': { Platform: 'Android', 'App version': '5.2.0' },
};

export const SEGMENTS = ['Gold customers', 'London users', 'Churn risk'];

/** The targetId CleverTap's docs show; used when the campaign has no id yet. */
export const SAMPLE_TARGET_ID = 1659684581;

export function eventProperties(event: string | null | undefined): Record<string, Scalar> {
  return (event && SAMPLE_EVENTS[event]) || {};
}
