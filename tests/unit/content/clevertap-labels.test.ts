import { describe, expect, it } from 'vitest';
import { pageKindOf } from '../../../src/content/clevertap/labels';
import { normalizeLabel, sameLabel, labelOf, choiceNamed, isChosen, buttonsNamed } from '../../../src/content/dom/text';

// One fixture per route pattern and label rule in src/content/clevertap/labels.ts.
describe('CleverTap routes', () => {
  it.each([
    ['/R8Z-4W5-8K7Z/campaigns', 'campaign'],
    ['/R8Z-4W5-8K7Z/campaigns/campaign/new/webhook', 'campaign'],
    ['/R8Z-4W5-8K7Z/campaigns/campaign/1659684581/edit', 'campaign'],
    ['/R8Z-4W5-8K7Z/journeys/journey/new', 'journey'],
    ['/R8Z-4W5-8K7Z/journey/42/edit', 'journey'],
    ['/R8Z-4W5-8K7Z/settings/engage/channels/webhooks', 'webhook-settings'],
    ['/R8Z-4W5-8K7Z/settings/webhooks', 'webhook-settings'],
    ['/R8Z-4W5-8K7Z/main', 'other'],
    ['/login.html', 'other'],
    ['/R8Z-4W5-8K7Z/campaignsettings', 'other'],
  ] as const)('%s is a %s page', (path, kind) => {
    expect(pageKindOf(path)).toBe(kind);
  });
});

describe('labels', () => {
  it('compare case-insensitively, with whitespace collapsed and a leading + ignored', () => {
    expect(normalizeLabel('  + Key-Value   Pair ')).toBe('key-value pair');
    expect(sameLabel('Key-Value Pair', '+ Key-Value Pair')).toBe(true);
    expect(sameLabel('CREATE WEBHOOK\n content', 'Create Webhook Content')).toBe(true);
    expect(sameLabel('Custom Body (beta)', 'Custom Body')).toBe(false);
  });

  it('read a control’s label from aria-labelledby, aria-label, <label>, then title or placeholder', () => {
    document.body.innerHTML = `
      <span id="t">Webhook</span><select id="a" aria-labelledby="t"></select>
      <input id="b" aria-label="Destination URL">
      <label for="c">Name</label><input id="c">
      <label><input id="d" type="radio"> Custom Body</label>
      <input id="e" placeholder="Enter key">`;
    const byId = (id: string) => document.getElementById(id)!;
    expect(labelOf(byId('a'))).toBe('Webhook');
    expect(labelOf(byId('b'))).toBe('Destination URL');
    expect(labelOf(byId('c'))).toBe('Name');
    expect(sameLabel(labelOf(byId('d')), 'Custom Body')).toBe(true);
    expect(labelOf(byId('e'))).toBe('Enter key');
  });

  it('find choices as radios, ARIA radios, tabs or toggles, and tell which is chosen', () => {
    document.body.innerHTML = `
      <input type="radio" id="r1" checked><label for="r1">JSON</label>
      <div role="radio" aria-checked="false">Plain text</div>
      <button role="tab" aria-selected="true">Profile Variables &amp; custom key value pairs</button>
      <button aria-pressed="false">Custom Body</button>`;
    expect(isChosen(choiceNamed(document.body, 'JSON')!)).toBe(true);
    expect(isChosen(choiceNamed(document.body, 'Plain text')!)).toBe(false);
    expect(isChosen(choiceNamed(document.body, 'Profile Variables & custom key value pairs')!)).toBe(true);
    expect(isChosen(choiceNamed(document.body, 'Custom Body')!)).toBe(false);
    expect(choiceNamed(document.body, 'Nothing')).toBeUndefined();
  });

  it('find buttons by text or label, never our own', () => {
    document.body.innerHTML = `
      <button>+ Key-Value Pair</button>
      <a role="button"><i>+</i> Key-Value Pair</a>
      <div data-sendbird-ui><button>+ Key-Value Pair</button></div>
      <button aria-label="+ Add Webhook"><svg></svg></button>`;
    expect(buttonsNamed(document.body, '+ Key-Value Pair')).toHaveLength(2);
    expect(buttonsNamed(document.body, '+ Add Webhook')).toHaveLength(1);
  });
});
