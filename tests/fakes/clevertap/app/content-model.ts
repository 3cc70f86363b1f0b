/** The editor's working copy of WebhookContent: rows carry ids so React keeps each input's identity. */
import { emptyContent, type BodyMode, type ContentFormat, type KeyValuePair, type WebhookContent } from '../types';

export interface Row {
  id: string;
  key: string;
  value: string;
}

export interface ContentDraft {
  urlParams: Row[];
  format: ContentFormat;
  bodyMode: BodyMode;
  keyValues: Row[];
  customBody: string;
}

let counter = 0;
export const newRow = (key = '', value = ''): Row => ({ id: `row-${++counter}`, key, value });

const toRows = (pairs: KeyValuePair[]) => pairs.map((pair) => newRow(pair.key, pair.value));
const toPairs = (rows: Row[]) =>
  rows.filter((row) => row.key.trim() || row.value.trim()).map(({ key, value }) => ({ key, value }));

/** A new message starts with one empty key-value row, as the dashboard shows it. */
export function toDraft(content: WebhookContent | null): ContentDraft {
  const source = content ?? emptyContent();
  const keyValues = toRows(source.keyValues);
  return {
    urlParams: toRows(source.urlParams),
    format: source.format,
    bodyMode: source.bodyMode,
    keyValues: keyValues.length ? keyValues : [newRow()],
    customBody: source.customBody,
  };
}

export function fromDraft(draft: ContentDraft): WebhookContent {
  return {
    urlParams: toPairs(draft.urlParams),
    format: draft.format,
    bodyMode: draft.bodyMode,
    keyValues: toPairs(draft.keyValues),
    customBody: draft.customBody,
  };
}

export const FORMAT_LABELS: Record<ContentFormat, string> = { json: 'JSON', plain: 'Plain text' };
export const BODY_MODE_LABELS: Record<BodyMode, string> = {
  'key-value': 'Profile Variables & custom key value pairs',
  custom: 'Custom Body',
};
