import { describe, expect, it } from 'vitest';
import { DRAFT_TTL_MS, loadDraft, saveDraft } from '../../../src/background/drafts';

const draft = { templateKey: 'spring_sale', templateName: 'Spring sale', receiverProperty: 'SendbirdID', eventName: 'sb_sent', variables: { name: { kind: 'text' as const, text: 'Ann' } }, savedAt: 0 };

describe('drafts', () => {
  it('keeps one draft per editor for 7 days, and forgets on request', async () => {
    await saveDraft('a', draft, 1_000);
    await saveDraft('b', { ...draft, templateKey: 'other' }, 1_000);
    expect(await loadDraft('a', 2_000)).toMatchObject({ templateKey: 'spring_sale', savedAt: 1_000 });
    expect(await loadDraft('b', 2_000)).toMatchObject({ templateKey: 'other' });
    expect(await loadDraft('a', 1_000 + DRAFT_TTL_MS)).toBeNull();
    await saveDraft('b', null, 3_000);
    expect(await loadDraft('b', 3_000)).toBeNull();
    expect(await loadDraft('constructor', 3_000)).toBeNull();
  });
});
