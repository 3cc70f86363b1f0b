/**
 * Reads CleverTap's webhook body into the version-1 payload fields
 * (see docs/payload-contract.md), without judging them yet.
 *
 * Two shapes arrive:
 * - key-value mode: CleverTap's envelope `{targetId, key_values?, profiles}`,
 *   the contract as flat keys in each profile's `key_values` (per-profile
 *   values win over the top-level ones); `profiles` is an array when CleverTap
 *   batches and a single object when it does not;
 * - Custom Body mode: the contract object itself at the top level, with
 *   `variables` nested (envelope fields may or may not be around it).
 */

export interface PayloadFields {
  /** Where in the body this delivery came from, for error messages: `profiles[2]` or `body`. */
  source: string;
  payloadVersion: unknown;
  templateKey: unknown;
  receiver: unknown;
  eventName: unknown;
  variables: Record<string, unknown>;
}

export type ParsedWebhook =
  | { kind: 'test' }
  | { kind: 'payloads'; payloads: PayloadFields[]; profileCount: number }
  | { kind: 'invalid'; errors: string[] };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const VARIABLE_PREFIX = 'variables.';

export function parseWebhookBody(body: unknown): ParsedWebhook {
  if (!isObject(body)) return { kind: 'invalid', errors: ['The body must be a JSON object.'] };
  // CleverTap's check when a webhook is saved: it only stores the webhook on a 200.
  if (body.is_test === true || body.is_test === 'true') return { kind: 'test' };

  if ('payload_version' in body || 'template_key' in body) {
    return { kind: 'payloads', payloads: [fromRecord('body', body)], profileCount: 1 };
  }

  const topKeyValues = field(body, 'key_values');
  const profiles = field(body, 'profiles');
  if (profiles !== undefined) {
    const list = Array.isArray(profiles) ? profiles : [profiles];
    if (list.length === 0) return { kind: 'invalid', errors: ['profiles is empty.'] };
    const shared = isObject(topKeyValues) ? topKeyValues : {};
    const errors: string[] = [];
    const payloads: PayloadFields[] = [];
    list.forEach((profile, index) => {
      const source = `profiles[${index}]`;
      if (!isObject(profile)) {
        errors.push(`${source}: must be an object.`);
        return;
      }
      const own = field(profile, 'key_values');
      payloads.push(fromRecord(source, { ...shared, ...(isObject(own) ? own : {}) }));
    });
    return errors.length > 0 ? { kind: 'invalid', errors } : { kind: 'payloads', payloads, profileCount: list.length };
  }

  if (isObject(topKeyValues)) return { kind: 'payloads', payloads: [fromRecord('key_values', topKeyValues)], profileCount: 1 };
  return {
    kind: 'invalid',
    errors: ['No Sendbird payload found: expected payload_version, template_key, receiver, event_name and variables in key_values or as a custom body.'],
  };
}

/** Reads the contract from flat `variables.<name>` keys and/or a nested `variables` object (flat keys win). */
function fromRecord(source: string, record: Json): PayloadFields {
  const variables: Record<string, unknown> = isObject(record.variables) ? { ...record.variables } : {};
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith(VARIABLE_PREFIX) && key.length > VARIABLE_PREFIX.length) variables[key.slice(VARIABLE_PREFIX.length)] = value;
  }
  return {
    source,
    payloadVersion: record.payload_version,
    templateKey: record.template_key,
    receiver: record.receiver,
    eventName: record.event_name,
    variables,
  };
}

/** Older CleverTap samples capitalize envelope keys (`Profiles`, `Key_Values`). */
function field(record: Json, name: string): unknown {
  if (name in record) return record[name];
  const lower = name.toLowerCase();
  const match = Object.keys(record).find((key) => key.toLowerCase() === lower);
  return match === undefined ? undefined : record[match];
}
