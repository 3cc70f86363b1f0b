import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { unpackSummaries } from '../../shared/catalogue-list';
import { parseReply } from '../../shared/messaging';
import type { EditorPort, PageContext } from '../clevertap/editor-port';
import { PickerView } from './Picker';
import { createPickerStore } from './picker-store';

/** The warm-up's store acts on no editor: nothing in a render calls one. */
const noEditor = new Proxy({} as EditorPort, {
  get: () => () => {
    throw new Error('The picker warm-up has no editor.');
  },
});

const noPage: PageContext = { webhook: null, editorLiquid: false, eventsAvailable: false, defaultEvent: '' };

/**
 * Runs the code of a picker's first open once, before the dialog appears. V8
 * compiles a function on its first call, and the first open in a page paid for
 * compiling React's render and commit, the reply's validation and our
 * components between the dialog appearing and the list (i15j's trace: 50-130
 * ms of V8.CompileCode, the open taking 140-190 ms against 20 ms for a second
 * open in the same page). The loader calls this on intent, with the answer to
 * the catalogue request made then, before the page's first dialog: the answer is
 * validated and its first screen rendered into an element that never enters
 * the page, then unmounted. Nothing is kept, stored or sent.
 */
export function warmUp(raw: unknown): void {
  const reply = parseReply('templates.list', raw);
  if (!reply.ok || reply.data.list === undefined) return;
  const templates = unpackSummaries(reply.data.list);
  if (!templates?.length) return;
  const { app, stale, fetchedAt } = reply.data;
  const store = createPickerStore(noEditor);
  store.setState({ catalogue: { phase: 'ready', app, templates, stale, refreshing: false, fetchedAt } });
  const root = createRoot(document.createElement('div'));
  flushSync(() => root.render(<PickerView store={store} page={noPage} pageKind="campaign" />));
  root.unmount();
}
