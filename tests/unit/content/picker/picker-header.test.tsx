import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { EditorPort, PageContext } from '../../../../src/content/clevertap/editor-port';
import { PickerView } from '../../../../src/content/picker/Picker';
import { createPickerStore, type CatalogueState } from '../../../../src/content/picker/picker-store';
import { NOW, seedTemplates, summaries, TEST_APP } from '../../popup/backend';

vi.mock('../../../../src/shared/messaging', () => ({ sendMessage: vi.fn(), parseReply: vi.fn() }));

/** Nothing here renders an Apply: an editor call is a mistake of the test. */
const noEditor = new Proxy({} as EditorPort, {
  get: () => () => {
    throw new Error('no editor in this test');
  },
});
const page: PageContext = { webhook: null, editorLiquid: false, eventsAvailable: false, defaultEvent: '' };

function renderPicker(catalogue: CatalogueState) {
  const store = createPickerStore(noEditor);
  store.setState({ catalogue });
  render(<PickerView store={store} page={page} pageKind="campaign" />);
  return store;
}

const header = () => document.querySelector('.picker-header .catalogue-state') as HTMLElement;

describe('picker header', () => {
  it('counts the templates it offers (archived ones are never offered) when a first sync stopped after its first pages', () => {
    const arrived = summaries(seedTemplates);
    const offered = arrived.filter((template) => !template.archived).length;
    expect(offered).toBeLessThan(arrived.length);
    renderPicker({ phase: 'ready', app: TEST_APP, templates: arrived, stale: false, refreshing: false, fetchedAt: NOW, incomplete: 'Sendbird had a server error.' });
    expect(header().textContent).toContain(`Incomplete only the first ${offered} arrived`);
    expect(screen.getByRole('alert').textContent).toContain('Sendbird had a server error.');
  });
});
